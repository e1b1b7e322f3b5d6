-- Data quality, not an indicator: the accepted rows (duplicates dropped) per schooljaar of one
-- personal dataset ({dataset}: inschrijvingen, vertragingen, vsv, thuiszitters, rmc; thuiszitter
-- cases by the schooljaar they start in), for the warning that a schooljaar's rows fell to less
-- than half of the year before (DeliveryWarning). Filled in and run by the engine.
with final as (
    select schooljaar, count(*) as rijen
    from {{ ref('stg_{dataset}') }}
    group by schooljaar
)

select * from final
