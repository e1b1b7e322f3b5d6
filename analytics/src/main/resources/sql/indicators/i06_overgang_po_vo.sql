-- I06's cohort: pupils in PO leerjaar 8 in t. Where they are in t+1 (vo, else vso, else po_so,
-- else niet_gevonden) is computed by overgang.sql from the catalogue's outcomes.
with final as (
    select *
    from {{ ref('stg_inschrijvingen') }}
    where sector = 'PO' and leerjaar = 8
)

select * from final
