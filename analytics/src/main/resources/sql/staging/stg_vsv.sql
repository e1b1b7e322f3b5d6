-- Accepted new early school leavers.
with source as (
    select * from {source}
),

final as (
    select persoon, schooljaar, geboortedatum, postcode, wijk_code, sector, onderwijstype, brin, datum_uitschrijving, bestand, regelnummer
    from source
)

select * from final
