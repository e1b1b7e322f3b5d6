-- I07's cohort: VMBO leerjaar 4 students with a diploma in t. Where they are in t+1 (mbo, else
-- vo, else niet_gevonden) is computed by overgang.sql from the catalogue's outcomes.
with final as (
    select *
    from {{ ref('stg_inschrijvingen') }}
    where sector = 'VO' and onderwijstype like 'VMBO-%' and leerjaar = 4 and diploma
)

select * from final
