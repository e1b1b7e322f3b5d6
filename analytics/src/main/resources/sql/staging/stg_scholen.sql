-- School locations with their wijk and, where delivered, the pupil places of the building.
with source as (
    select * from {source}
),

final as (
    select brin, vestiging, naam, postcode, wijk_code, capaciteit
    from source
)

select * from final
