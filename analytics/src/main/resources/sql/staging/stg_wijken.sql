-- The gemeente's wijken.
with source as (
    select * from read_parquet('{lake}/referentie/wijken.parquet')
),

final as (
    select wijk_code, wijk_naam, gemeente_code, gemeente_naam
    from source
)

select * from final
