-- I09: pupils in PO leerjaar 1 in t with vve_indicatie, and the share of them with any VVE row in
-- t-1. Covered are only schooljaren t with VVE rows of t-1 (the catalogue's rule, applied by the
-- engine): without the kinderopvang's file, I09 has no rows rather than 0 %.
with cohort_rows as (
    select
        *,
        row_number() over (partition by schooljaar, persoon order by bestand, regelnummer) as volgorde
    from {{ ref('stg_inschrijvingen') }}
    where sector = 'PO' and leerjaar = 1 and vve_indicatie
),

cohort as (
    select schooljaar, persoon, wijk_code
    from cohort_rows
    where volgorde = 1 and wijk_code is not null
),

vve_vorig_jaar as (
    select distinct schooljaar_plus(schooljaar, 1) as schooljaar, persoon
    from {{ ref('stg_inschrijvingen') }}
    where sector = 'VVE'
),

final as (
    select
        c.schooljaar,
        c.wijk_code,
        'totaal' as uitsplitsing,
        cast(null as string) as categorie,
        count(v.persoon) as teller,
        count(*) as noemer
    from cohort as c
    left join vve_vorig_jaar as v using (schooljaar, persoon)
    group by all
)

select * from final
