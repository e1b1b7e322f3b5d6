-- Coverage (contract section 3): the schooljaren and sectors of which enrolment rows were
-- delivered. A transition indicator covers t only where its destination sector has rows of t+1
-- (I06 VO, I07 MBO, I08 HBO), I09 where VVE has rows of t-1; these schooljaren are also the
-- delivery's, for which a schooljaar not covered is reported. Read by the engine, not by an
-- indicator's model: the rule itself is the catalogue's (Requirement).
with final as (
    select distinct schooljaar, sector
    from {{ ref('stg_inschrijvingen') }}
)

select * from final
