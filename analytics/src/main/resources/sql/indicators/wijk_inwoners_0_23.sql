-- The size of a wijk for the wijkvergelijking, not an indicator: its inhabitants aged 0-23 (the
-- LEA's age group) on 1 October of each schooljaar I02 is computed for (int_thuiszitter_schooljaren).
with inwoners as (
    select j.schooljaar, b.wijk_code, sum(b.aantal) as inwoners
    from {{ ref('stg_bevolking') }} as b
    inner join {{ ref('int_thuiszitter_schooljaren') }} as j on b.jaar = cast(left(j.schooljaar, 4) as integer)
    where b.leeftijd between 0 and 23
    group by all
),

final as (
    select schooljaar, wijk_code, inwoners
    from inwoners
)

select * from final
