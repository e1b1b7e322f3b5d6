-- Accepted enrolment rows.
with source as (
    select * from {source}
),

final as (
    select persoon, schooljaar, geboortedatum, postcode, wijk_code, brin, vestiging, sector, onderwijstype, leerjaar, diploma, vve_indicatie, bestand, regelnummer
    from source
)

select * from final
