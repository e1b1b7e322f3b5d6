-- Accepted school advices of groep-8 pupils: each advice as its label, its rank (_rang) and its
-- lower and upper level's rank (_laag, _hoog); toetsadvies and definitief_advies null when empty.
with source as (
    select * from {source}
),

final as (
    select persoon, schooljaar,
        schooladvies, schooladvies_rang, schooladvies_laag, schooladvies_hoog,
        toetsadvies, toetsadvies_rang, toetsadvies_laag, toetsadvies_hoog,
        definitief_advies, definitief_advies_rang, definitief_advies_laag, definitief_advies_hoog,
        brin, vestiging, bestand, regelnummer
    from source
    -- The data as they stood on the rapportagedatum (contract section 3): a schooljaar whose
    -- peildatum lies after it is not used (its rows still count in datakwaliteit.csv).
    where peildatum(schooljaar) <= {rapportagedatum}
)

select * from final
