-- P01 (contract 3b): the pupils n(t, w, s, a) the participation rates count. Per schooljaar t,
-- person and sector s in VVE, PO, VO: the person's first enrolment row of s in t (file, then line
-- order, as I01's sector breakdown), if its postcode lies in a wijk w; a = the age on P(t). The
-- row's school (brin, vestiging) is kept for the school-wijk spread of the last base year.
with per_sector as (
    select
        *,
        row_number() over (partition by schooljaar, persoon, sector order by bestand, regelnummer) as volgorde
    from {{ ref('stg_inschrijvingen') }}
    where sector in ('VVE', 'PO', 'VO')
),

final as (
    select
        schooljaar,
        persoon,
        sector,
        wijk_code,
        leeftijd_op(geboortedatum, peildatum(schooljaar)) as leeftijd,
        brin,
        vestiging
    from per_sector
    where volgorde = 1 and wijk_code is not null
)

select * from final
