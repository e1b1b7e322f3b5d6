-- P01 (contract 3b): the pupils n(t, w, s, a) the participation rates count. Per schooljaar t,
-- person and sector s in VVE, PO, VO: the person's first enrolment row of s in t (file, then line
-- order, as I01's sector breakdown), if its postcode lies in a wijk w; a = the age on P(t). The
-- row's school (brin, vestiging) is kept for the school-wijk spread of the last base year.
with per_sector as (
    -- The first row of s (file in byte order, then line, as one bigint: int_eerste_inschrijving).
    select
        i.schooljaar,
        i.persoon,
        i.sector,
        eerste_waarde(i.wijk_code, b.bestand_nr * 4294967296 + i.regelnummer) as wijk_code,
        eerste_waarde(i.geboortedatum, b.bestand_nr * 4294967296 + i.regelnummer) as geboortedatum,
        eerste_waarde(i.brin, b.bestand_nr * 4294967296 + i.regelnummer) as brin,
        eerste_waarde(i.vestiging, b.bestand_nr * 4294967296 + i.regelnummer) as vestiging
    from {{ ref('stg_inschrijvingen') }} as i
    inner join {{ ref('int_bestand_volgorde') }} as b using (bestand)
    where i.sector in ('VVE', 'PO', 'VO')
    group by i.schooljaar, i.persoon, i.sector
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
    where wijk_code is not null
)

select * from final
