-- The languages a person reads besides their interface language: BCP 47 tags as Java normalises
-- them (sv, en, pt-BR), at most 20 a person, each once. The key's leading person_id serves the
-- look-up of several people's languages at once.
create table person_read_language (
    person_id     bigint      not null references person (id) on delete cascade,
    language_tag  varchar(35) not null,
    primary key (person_id, language_tag)
);
