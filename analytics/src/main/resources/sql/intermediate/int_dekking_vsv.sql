-- Coverage (contract section 3): the schooljaren of which a vsv row was delivered. I04 covers t
-- only where one was: an empty vsv file gives I04 no rows, never 0 %.
with final as (
    select distinct schooljaar, cast(null as string) as sector
    from {{ ref('stg_vsv') }}
)

select * from final
