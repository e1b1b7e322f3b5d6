-- Accepted leerplicht cases. The lake's schooljaar is the one the case starts in: it partitions
-- them and counts them for data quality; which schooljaren a case counts in is the indicators'
-- rule (int_thuiszitter_cases).
with source as (
    select * from {source}
),

final as (
    select persoon, schooljaar, geboortedatum, postcode, wijk_code, categorie, startdatum, einddatum, brin, bestand, regelnummer
    from source
)

select * from final
