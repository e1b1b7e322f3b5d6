-- I01: resident students with any enrolment row in t (a count, no noemer); the sector
-- breakdown takes each person's first row of that sector (file in byte order, then line; one
-- bigint per row as in int_eerste_inschrijving), counted in int_leerlingen_per_sector.
with totaal as (
    select schooljaar, wijk_code, 'totaal' as uitsplitsing, cast(null as string) as categorie, count(*) as teller, cast(null as bigint) as noemer
    from {{ ref('int_eerste_inschrijving') }}
    where wijk_code is not null
    group by all
),

sectoren as (
    select schooljaar, wijk_code, 'sector' as uitsplitsing, sector as categorie, cast(sum(leerlingen) as bigint) as teller, cast(null as bigint) as noemer
    from {{ ref('int_leerlingen_per_sector') }}
    group by schooljaar, wijk_code, sector
),

final as (
    select * from totaal
    union all
    select * from sectoren
)

select * from final
