-- The schooljaren I02 and I03 are computed for: those whose first year's population was delivered
-- and whose peildatum lies on or before the rapportagedatum (a case in a later schooljaar cannot
-- have started yet). Which of them are covered is the catalogue's rule (contract section 3), also
-- a leerplicht row in t.
with jaren as (
    select schooljaar from {{ ref('int_dekking_bevolking') }}
),

final as (
    select schooljaar
    from jaren
    where peildatum(schooljaar) <= {rapportagedatum}
)

select * from final
