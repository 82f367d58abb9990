// The levels of care, least to most intensive. Used by the comparison table and the continuum
// picture, so the two always agree. Every hour figure here comes from a primary source named in
// `sources` (Medicare.gov for IOP and day-program hours); levels without a checked figure describe
// the time in words instead. The articles that show these pictures cite the same sources in their text.

export interface CareLevel {
  id: 'outpatient' | 'iop' | 'php' | 'residential' | 'inpatient';
  name: string;
  short: string;
  /** Hours of treatment a week (adults unless said). */
  hours: string;
  sleep: string;
  suits: string;
  /** Where the figures come from: the primary source's address, for review. */
  sources: string[];
}

/** A source the pictures and tables built from this data name under themselves, so their figures are cited in place. */
export interface FigureSource {
  title: string;
  publisher: string;
  url: string;
}

/** Medicare's description of IOP: for people whose care plan calls for at least 9 hours of therapy a week. */
export const medicareIopSource: FigureSource = {
  title: 'Mental health care (intensive outpatient program services)',
  publisher: 'Medicare.gov',
  url: 'https://www.medicare.gov/coverage/mental-health-care-intensive-outpatient-program-services',
};

/** Medicare's description of partial hospitalization (a day program): a care plan of at least 20 hours a week. */
export const medicarePhpSource: FigureSource = {
  title: 'Mental health care (partial hospitalization)',
  publisher: 'Medicare.gov',
  url: 'https://www.medicare.gov/coverage/mental-health-care-partial-hospitalization',
};

/** Where the hours and settings of the levels come from: shown under the comparison table and the continuum picture. */
export const careLevelSources: FigureSource[] = [
  medicareIopSource,
  {
    title: 'Substance Abuse Intensive Outpatient Programs: Assessing the Evidence',
    publisher: 'Psychiatric Services',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4152944',
  },
  medicarePhpSource,
];

export const careLevels: CareLevel[] = [
  {
    id: 'outpatient',
    name: 'Outpatient therapy',
    short: 'Outpatient',
    hours: 'Fewer hours than an IOP, often one session a week',
    sleep: 'At home',
    suits:
      'People who are stable and can work toward their goals with a little support, or who are stepping down after an IOP',
    sources: [],
  },
  {
    id: 'iop',
    name: 'Intensive outpatient program (IOP)',
    short: 'IOP',
    hours: 'At least 9 hours a week, over several days (Medicare)',
    sleep: 'At home',
    suits: 'People who need more than weekly therapy but are safe at home and do not need 24-hour care',
    sources: [medicareIopSource.url, 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4152944'],
  },
  {
    id: 'php',
    name: 'Partial hospitalization program (PHP)',
    short: 'PHP',
    hours: 'At least 20 hours a week (Medicare)',
    sleep: 'At home',
    suits: 'People who need daily treatment and closer medical or psychiatric checks, but can be safe at home at night',
    sources: [medicarePhpSource.url],
  },
  {
    id: 'residential',
    name: 'Residential treatment',
    short: 'Residential',
    hours: 'Support around the clock, plus treatment sessions each week',
    sleep: 'At the program',
    suits: 'People who need a safe, structured place to live while they get treatment',
    sources: [],
  },
  {
    id: 'inpatient',
    name: 'Inpatient (hospital) care',
    short: 'Inpatient',
    hours: '24-hour medical and nursing care',
    sleep: 'In a hospital',
    suits:
      'People with severe withdrawal risk, medical problems or mental health symptoms that need care around the clock',
    sources: [],
  },
];
