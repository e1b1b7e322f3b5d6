-- School locations with their wijk.
with source as (
    select * from read_parquet('{lake}/referentie/scholen.parquet')
),

final as (
    select brin, vestiging, naam, postcode, wijk_code
    from source
)

select * from final
