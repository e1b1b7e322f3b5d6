-- Accepted learning delay measurements.
with source as (
    select * from read_parquet('{lake}/vertragingen/**/*.parquet', hive_partitioning = true)
),

final as (
    select persoon, schooljaar, meetmoment, domein, vertraging_maanden, bestand, regelnummer
    from source
)

select * from final
