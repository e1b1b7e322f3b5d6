-- The delivered enrolment files numbered in byte order of their names (bestand_nr 1, 2, ...), so
-- that "a person's first row" can be one bigint per row: bestand_nr * 2^32 + regelnummer (file in
-- byte order, then line), the order key of eerste_waarde() in int_eerste_inschrijving,
-- int_leerlingen_per_sector, I04, I11, I15 and the transition cohorts (overgang.sql).
with final as (
    select bestand, row_number() over (order by bestand) as bestand_nr
    from (select distinct bestand from {{ ref('stg_inschrijvingen') }}) as b
)

select * from final
