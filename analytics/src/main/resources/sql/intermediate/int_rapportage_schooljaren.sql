-- The schooljaren of the enrolment data whose peildatum lies on or before the rapportagedatum:
-- a case in a later schooljaar cannot have started yet.
with schooljaren as (
    select distinct schooljaar from {{ ref('stg_inschrijvingen') }}
),

final as (
    select schooljaar
    from schooljaren
    where peildatum(schooljaar) <= {rapportagedatum}
)

select * from final
