-- Coverage (contract section 3): the schooljaren t whose first year's population (bevolking of
-- jaar YYYY, on 1 October) was delivered. I02 and I03 cover t only where it was.
with final as (
    select distinct
        concat(cast(jaar as string), '-', cast(jaar + 1 as string)) as schooljaar,
        cast(null as string) as sector
    from {{ ref('stg_bevolking') }}
)

select * from final
