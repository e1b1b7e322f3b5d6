-- The schooljaren t whose t+1 has enrolment rows: only these have transition outcomes.
with volgende as (
    select distinct schooljaar from {{ ref('stg_inschrijvingen') }}
),

final as (
    select schooljaar_plus(schooljaar, -1) as schooljaar
    from volgende
)

select * from final
