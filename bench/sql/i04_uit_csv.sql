-- I04 counted by hand for the benchmark's indicator floor (issue #18): vsv persons aged 12-22 over
-- enrolled persons in VO or MBO aged 12-22, per wijk and for the gemeente, straight from the
-- partner CSV files with DuckDB. No validation, no pseudonymisation, no intervals, no
-- suppression: what the definition costs at the least. {map} is the delivery folder.
with postcodes as (
    select upper(replace(postcode, ' ', '')) as postcode, wijk_code
    from read_csv('{map}/referentie/postcodes.csv', all_varchar = true)
),

inschrijvingen as (
    select bsn, schooljaar, geboortedatum, postcode, sector, leerjaar
    from read_csv('{map}/inschrijvingen_po_parnassys.csv', all_varchar = true, normalize_names = true, ignore_errors = true)
    union all
    select bsn, schooljaar, geboortedatum, postcode, sector, leerjaar
    from read_csv('{map}/inschrijvingen_vo_magister.csv', all_varchar = true, normalize_names = true, ignore_errors = true)
    union all
    select bsn, schooljaar, geboortedatum, postcode, sector, leerjaar
    from read_csv('{map}/Inschrijvingen_MBO_HBO_Eduarte.csv', all_varchar = true, normalize_names = true,
        ignore_errors = true, encoding = 'latin-1')
),

vsv as (
    select bsn, schooljaar, geboortedatum, postcode, sector
    from read_csv('{map}/vsv_vo_rmc.csv', all_varchar = true, normalize_names = true, ignore_errors = true)
    union all
    select bsn, schooljaar, geboortedatum, postcode, sector
    from read_csv('{map}/VSV_MBO_Eduarte.csv', all_varchar = true, normalize_names = true, ignore_errors = true)
),

rijen as (
    select
        'inschrijving' as soort,
        lpad(replace(replace(bsn, ' ', ''), '.', ''), 9, '0') as persoon,
        try_cast(left(schooljaar, 4) as integer) as jaar,
        coalesce(try_strptime(geboortedatum, '%Y-%m-%d'), try_strptime(geboortedatum, '%d-%m-%Y'))::date as geboren,
        upper(replace(postcode, ' ', '')) as postcode,
        upper(trim(sector)) as sector,
        try_cast(leerjaar as integer) as leerjaar
    from inschrijvingen
    union all
    select
        'vsv',
        lpad(replace(replace(bsn, ' ', ''), '.', ''), 9, '0'),
        try_cast(left(schooljaar, 4) as integer),
        coalesce(try_strptime(geboortedatum, '%Y-%m-%d'), try_strptime(geboortedatum, '%d-%m-%Y'))::date,
        upper(replace(postcode, ' ', '')),
        upper(trim(sector)),
        null
    from vsv
),

gelegen as (
    select
        r.*,
        coalesce(p6.wijk_code, p4.wijk_code) as wijk_code,
        date_sub('year', r.geboren, make_date(r.jaar, 10, 1)) as leeftijd
    from rijen as r
    left join postcodes as p6 on p6.postcode = r.postcode
    left join postcodes as p4 on p4.postcode = left(r.postcode, 4)
    where r.jaar is not null
),

i04 as (
    select
        'I04' as indicator, jaar, wijk_code,
        count(distinct persoon) filter (where soort = 'vsv') as teller,
        count(distinct persoon) filter (where soort = 'inschrijving' and sector in ('VO', 'MBO')) as noemer
    from gelegen
    where wijk_code is not null and leeftijd between 12 and 22
    group by grouping sets ((jaar, wijk_code), (jaar))
)

select * from i04
