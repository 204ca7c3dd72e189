-- The directory: the region of every country (ISO 3166-1 alpha-2, as Java lists them), after the
-- movement's regional funds. Where a country could go either way, it goes where its communities
-- meet: Sudan and Mauritania with the Arab states (MENA); Türkiye, Greece and Cyprus with Central
-- and Eastern Europe (CEECA); Italy, Spain, Portugal and Malta with Northwestern Europe. A
-- dependent territory goes with the region it lies in (Puerto Rico and the Caribbean territories
-- to LAC, Réunion and Mayotte to SSA, Guam and New Caledonia to ESEAP, Greenland, Bermuda and
-- Saint Pierre and Miquelon to USCA); Antarctica to ESEAP. Only this migration writes the table:
-- nothing changes it while Hubdesk runs.
create table region_country (
    country_code  varchar(2) primary key,
    region_id     bigint     not null references region (id)
);
create index region_country_region on region_country (region_id);

insert into region_country (country_code, region_id)
select c.country_code, r.id
from (values
    -- Middle East and North Africa: the Arab states of North Africa (with Western Sahara,
    -- Sudan and Mauritania), the Gulf, the Levant, Iraq, Iran and Israel
    ('AE', 'MENA'), ('BH', 'MENA'), ('DZ', 'MENA'), ('EG', 'MENA'), ('EH', 'MENA'), ('IL', 'MENA'),
    ('IQ', 'MENA'), ('IR', 'MENA'), ('JO', 'MENA'), ('KW', 'MENA'), ('LB', 'MENA'), ('LY', 'MENA'),
    ('MA', 'MENA'), ('MR', 'MENA'), ('OM', 'MENA'), ('PS', 'MENA'), ('QA', 'MENA'), ('SA', 'MENA'),
    ('SD', 'MENA'), ('SY', 'MENA'), ('TN', 'MENA'), ('YE', 'MENA'),
    -- Sub-Saharan Africa, with the islands of the Indian and South Atlantic Oceans that lie off it
    ('AO', 'SSA'), ('BF', 'SSA'), ('BI', 'SSA'), ('BJ', 'SSA'), ('BW', 'SSA'), ('CD', 'SSA'),
    ('CF', 'SSA'), ('CG', 'SSA'), ('CI', 'SSA'), ('CM', 'SSA'), ('CV', 'SSA'), ('DJ', 'SSA'),
    ('ER', 'SSA'), ('ET', 'SSA'), ('GA', 'SSA'), ('GH', 'SSA'), ('GM', 'SSA'), ('GN', 'SSA'),
    ('GQ', 'SSA'), ('GW', 'SSA'), ('IO', 'SSA'), ('KE', 'SSA'), ('KM', 'SSA'), ('LR', 'SSA'),
    ('LS', 'SSA'), ('MG', 'SSA'), ('ML', 'SSA'), ('MU', 'SSA'), ('MW', 'SSA'), ('MZ', 'SSA'),
    ('NA', 'SSA'), ('NE', 'SSA'), ('NG', 'SSA'), ('RE', 'SSA'), ('RW', 'SSA'), ('SC', 'SSA'),
    ('SH', 'SSA'), ('SL', 'SSA'), ('SN', 'SSA'), ('SO', 'SSA'), ('SS', 'SSA'), ('ST', 'SSA'),
    ('SZ', 'SSA'), ('TD', 'SSA'), ('TF', 'SSA'), ('TG', 'SSA'), ('TZ', 'SSA'), ('UG', 'SSA'),
    ('YT', 'SSA'), ('ZA', 'SSA'), ('ZM', 'SSA'), ('ZW', 'SSA'),
    -- South Asia
    ('AF', 'SA'), ('BD', 'SA'), ('BT', 'SA'), ('IN', 'SA'), ('LK', 'SA'), ('MV', 'SA'),
    ('NP', 'SA'), ('PK', 'SA'),
    -- East Asia, Southeast Asia and the Pacific: Australia, New Zealand, the Pacific islands
    -- and territories, and Antarctica
    ('AQ', 'ESEAP'), ('AS', 'ESEAP'), ('AU', 'ESEAP'), ('BN', 'ESEAP'), ('CC', 'ESEAP'),
    ('CK', 'ESEAP'), ('CN', 'ESEAP'), ('CX', 'ESEAP'), ('FJ', 'ESEAP'), ('FM', 'ESEAP'),
    ('GU', 'ESEAP'), ('HK', 'ESEAP'), ('HM', 'ESEAP'), ('ID', 'ESEAP'), ('JP', 'ESEAP'),
    ('KH', 'ESEAP'), ('KI', 'ESEAP'), ('KP', 'ESEAP'), ('KR', 'ESEAP'), ('LA', 'ESEAP'),
    ('MH', 'ESEAP'), ('MM', 'ESEAP'), ('MN', 'ESEAP'), ('MO', 'ESEAP'), ('MP', 'ESEAP'),
    ('MY', 'ESEAP'), ('NC', 'ESEAP'), ('NF', 'ESEAP'), ('NR', 'ESEAP'), ('NU', 'ESEAP'),
    ('NZ', 'ESEAP'), ('PF', 'ESEAP'), ('PG', 'ESEAP'), ('PH', 'ESEAP'), ('PN', 'ESEAP'),
    ('PW', 'ESEAP'), ('SB', 'ESEAP'), ('SG', 'ESEAP'), ('TH', 'ESEAP'), ('TK', 'ESEAP'),
    ('TL', 'ESEAP'), ('TO', 'ESEAP'), ('TV', 'ESEAP'), ('TW', 'ESEAP'), ('UM', 'ESEAP'),
    ('VN', 'ESEAP'), ('VU', 'ESEAP'), ('WF', 'ESEAP'), ('WS', 'ESEAP'),
    -- Central and Eastern Europe and Central Asia: the Baltic states, the Visegrád states,
    -- the Balkans, Greece, Cyprus, Türkiye, Eastern Europe, the Caucasus and the Central
    -- Asian republics
    ('AL', 'CEECA'), ('AM', 'CEECA'), ('AZ', 'CEECA'), ('BA', 'CEECA'), ('BG', 'CEECA'),
    ('BY', 'CEECA'), ('CY', 'CEECA'), ('CZ', 'CEECA'), ('EE', 'CEECA'), ('GE', 'CEECA'),
    ('GR', 'CEECA'), ('HR', 'CEECA'), ('HU', 'CEECA'), ('KG', 'CEECA'), ('KZ', 'CEECA'),
    ('LT', 'CEECA'), ('LV', 'CEECA'), ('MD', 'CEECA'), ('ME', 'CEECA'), ('MK', 'CEECA'),
    ('PL', 'CEECA'), ('RO', 'CEECA'), ('RS', 'CEECA'), ('RU', 'CEECA'), ('SI', 'CEECA'),
    ('SK', 'CEECA'), ('TJ', 'CEECA'), ('TM', 'CEECA'), ('TR', 'CEECA'), ('UA', 'CEECA'),
    ('UZ', 'CEECA'),
    -- Latin America and the Caribbean, with the Caribbean and South Atlantic territories of
    -- other states
    ('AG', 'LAC'), ('AI', 'LAC'), ('AR', 'LAC'), ('AW', 'LAC'), ('BB', 'LAC'), ('BL', 'LAC'),
    ('BO', 'LAC'), ('BQ', 'LAC'), ('BR', 'LAC'), ('BS', 'LAC'), ('BV', 'LAC'), ('BZ', 'LAC'),
    ('CL', 'LAC'), ('CO', 'LAC'), ('CR', 'LAC'), ('CU', 'LAC'), ('CW', 'LAC'), ('DM', 'LAC'),
    ('DO', 'LAC'), ('EC', 'LAC'), ('FK', 'LAC'), ('GD', 'LAC'), ('GF', 'LAC'), ('GP', 'LAC'),
    ('GS', 'LAC'), ('GT', 'LAC'), ('GY', 'LAC'), ('HN', 'LAC'), ('HT', 'LAC'), ('JM', 'LAC'),
    ('KN', 'LAC'), ('KY', 'LAC'), ('LC', 'LAC'), ('MF', 'LAC'), ('MQ', 'LAC'), ('MS', 'LAC'),
    ('MX', 'LAC'), ('NI', 'LAC'), ('PA', 'LAC'), ('PE', 'LAC'), ('PR', 'LAC'), ('PY', 'LAC'),
    ('SR', 'LAC'), ('SV', 'LAC'), ('SX', 'LAC'), ('TC', 'LAC'), ('TT', 'LAC'), ('UY', 'LAC'),
    ('VC', 'LAC'), ('VE', 'LAC'), ('VG', 'LAC'), ('VI', 'LAC'),
    -- The United States and Canada, with the rest of Northern America: Bermuda, Greenland,
    -- Saint Pierre and Miquelon
    ('BM', 'USCA'), ('CA', 'USCA'), ('GL', 'USCA'), ('PM', 'USCA'), ('US', 'USCA'),
    -- Northwestern Europe: the Nordic countries, the British Isles, the Benelux, France,
    -- Germany, the Alpine countries and Southern Europe west of the Balkans
    ('AD', 'NWE'), ('AT', 'NWE'), ('AX', 'NWE'), ('BE', 'NWE'), ('CH', 'NWE'), ('DE', 'NWE'),
    ('DK', 'NWE'), ('ES', 'NWE'), ('FI', 'NWE'), ('FO', 'NWE'), ('FR', 'NWE'), ('GB', 'NWE'),
    ('GG', 'NWE'), ('GI', 'NWE'), ('IE', 'NWE'), ('IM', 'NWE'), ('IS', 'NWE'), ('IT', 'NWE'),
    ('JE', 'NWE'), ('LI', 'NWE'), ('LU', 'NWE'), ('MC', 'NWE'), ('MT', 'NWE'), ('NL', 'NWE'),
    ('NO', 'NWE'), ('PT', 'NWE'), ('SE', 'NWE'), ('SJ', 'NWE'), ('SM', 'NWE'), ('VA', 'NWE')
) as c (country_code, region_code)
join region r on r.code = c.region_code;
