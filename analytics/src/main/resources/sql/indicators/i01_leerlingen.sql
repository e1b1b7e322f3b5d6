-- I01: resident students with any enrolment row in t (a count, no noemer); the sector
-- breakdown takes each person's first row of that sector.
with per_sector as (
    select
        *,
        row_number() over (partition by schooljaar, persoon, sector order by bestand, regelnummer) as volgorde
    from {{ ref('stg_inschrijvingen') }}
),

totaal as (
    select schooljaar, wijk_code, 'totaal' as uitsplitsing, cast(null as string) as categorie, count(*) as teller, cast(null as bigint) as noemer
    from {{ ref('int_eerste_inschrijving') }}
    where wijk_code is not null
    group by all
),

sectoren as (
    select schooljaar, wijk_code, 'sector' as uitsplitsing, sector as categorie, count(*) as teller, cast(null as bigint) as noemer
    from per_sector
    where volgorde = 1 and wijk_code is not null
    group by all
),

final as (
    select * from totaal
    union all
    select * from sectoren
)

select * from final
