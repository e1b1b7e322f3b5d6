-- Accepted leerplicht cases (the lake's schooljaar column only partitions them).
with source as (
    select * from {source}
),

final as (
    select persoon, geboortedatum, postcode, wijk_code, categorie, startdatum, einddatum, brin, bestand, regelnummer
    from source
)

select * from final
