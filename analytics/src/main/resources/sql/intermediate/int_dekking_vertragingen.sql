-- Coverage (contract section 3): the schooljaren of which a vertragingen row was delivered (any
-- meetmoment). I05 covers t only where one was.
with final as (
    select distinct schooljaar, cast(null as string) as sector
    from {{ ref('stg_vertragingen') }}
)

select * from final
