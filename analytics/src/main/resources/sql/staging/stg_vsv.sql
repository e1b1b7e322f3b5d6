-- Accepted new early school leavers.
with source as (
    select * from read_parquet('{lake}/vsv/**/*.parquet', hive_partitioning = true)
),

final as (
    select persoon, schooljaar, geboortedatum, postcode, wijk_code, sector, onderwijstype, brin, datum_uitschrijving, bestand, regelnummer
    from source
)

select * from final
