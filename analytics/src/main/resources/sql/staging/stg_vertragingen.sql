-- Accepted learning delay measurements.
with source as (
    select * from {source}
),

final as (
    select persoon, schooljaar, meetmoment, domein, vertraging_maanden, bestand, regelnummer
    from source
)

select * from final
