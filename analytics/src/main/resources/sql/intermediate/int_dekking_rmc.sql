-- Coverage (contract section 3): the schooljaren in which an rmc row's peildatum lies (P(t) to
-- P(t+1) - 1, the lake's schooljaar of the row). I16 covers t only where one does.
with final as (
    select distinct schooljaar, cast(null as string) as sector
    from {{ ref('stg_rmc') }}
)

select * from final
