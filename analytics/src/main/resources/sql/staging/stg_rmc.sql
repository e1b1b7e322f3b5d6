-- Accepted rows of the RMC register: a young person's situatie on a peildatum. The lake's
-- schooljaar is the one whose P(t) to P(t+1) - 1 holds the peildatum: it partitions the rows and
-- counts them for data quality.
with source as (
    select * from {source}
),

final as (
    select persoon, schooljaar, geboortedatum, postcode, wijk_code, peildatum, situatie, bestand, regelnummer
    from source
    -- The data as they stood on the rapportagedatum (contract section 3): a row whose peildatum
    -- lies after it is not used (it still counts in datakwaliteit.csv).
    where peildatum <= {rapportagedatum}
)

select * from final
