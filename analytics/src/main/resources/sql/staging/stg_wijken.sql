-- The gemeente's wijken.
with source as (
    select * from {source}
),

final as (
    select wijk_code, wijk_naam, gemeente_code, gemeente_naam
    from source
)

select * from final
