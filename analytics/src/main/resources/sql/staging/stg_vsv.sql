-- Accepted new early school leavers.
with source as (
    select * from {source}
),

final as (
    select persoon, schooljaar, geboortedatum, postcode, wijk_code, sector, onderwijstype, brin, datum_uitschrijving, bestand, regelnummer
    from source
    -- The data as they stood on the rapportagedatum (contract section 3): a schooljaar whose
    -- peildatum lies after it is not used (its rows still count in datakwaliteit.csv).
    where peildatum(schooljaar) <= {rapportagedatum}
)

select * from final
