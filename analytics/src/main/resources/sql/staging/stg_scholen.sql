-- School locations with their wijk.
with source as (
    select * from {source}
),

final as (
    select brin, vestiging, naam, postcode, wijk_code
    from source
)

select * from final
