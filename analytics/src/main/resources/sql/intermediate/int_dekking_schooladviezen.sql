-- Coverage (contract section 3): the schooljaren of which a schooladviezen row was delivered.
-- I12, I13 and I14 cover t only where one was: without the po schools' file, no rows, never 0 %.
with final as (
    select distinct schooljaar, cast(null as string) as sector
    from {{ ref('stg_schooladviezen') }}
)

select * from final
