-- I01: resident students with any enrolment row in t (a count, no noemer); the sector
-- breakdown takes each person's first row of that sector (file in byte order, then line; one
-- bigint per row as in int_eerste_inschrijving).
with per_sector as (
    select
        i.schooljaar,
        i.sector,
        eerste_waarde(i.wijk_code, b.bestand_nr * 4294967296 + i.regelnummer) as wijk_code
    from {{ ref('stg_inschrijvingen') }} as i
    inner join {{ ref('int_bestand_volgorde') }} as b using (bestand)
    group by i.schooljaar, i.persoon, i.sector
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
    where wijk_code is not null
    group by all
),

final as (
    select * from totaal
    union all
    select * from sectoren
)

select * from final
