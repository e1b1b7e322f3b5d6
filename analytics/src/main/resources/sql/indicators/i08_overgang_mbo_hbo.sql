-- I08's cohort: MBO level 4 students with a diploma in t. Where they are in t+1 (hbo, else mbo,
-- else niet_gevonden) is computed by overgang.sql from the catalogue's outcomes.
with final as (
    select *
    from {{ ref('stg_inschrijvingen') }}
    where sector = 'MBO' and onderwijstype = '4' and diploma
)

select * from final
