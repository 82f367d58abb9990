// The levels of care, least to most intensive, as the facts file gives them (ASAM 3rd edition
// numbers, LOCUS for mental health, Medicare for IOP and PHP). Used by the comparison table and
// the continuum picture, so the two always agree.

export interface CareLevel {
  id: 'outpatient' | 'iop' | 'php' | 'residential' | 'inpatient';
  name: string;
  short: string;
  /** Hours of treatment a week (adults unless said). */
  hours: string;
  sleep: string;
  suits: string;
  /** Where the figures come from (source keys of the research notes, kept for review). */
  sources: string[];
}

/** A source the pictures and tables built from this data name under themselves, so their figures are cited in place. */
export interface FigureSource {
  title: string;
  publisher: string;
  url: string;
}

/** Where the hours and settings of the levels come from: shown under the comparison table and the continuum picture. */
export const careLevelSources: FigureSource[] = [
  {
    title: 'Mental health care (intensive outpatient program services)',
    publisher: 'Medicare.gov',
    url: 'https://www.medicare.gov/coverage/mental-health-care-intensive-outpatient-program-services',
  },
  {
    title: 'Substance Abuse Intensive Outpatient Programs: Assessing the Evidence',
    publisher: 'Psychiatric Services',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4152944',
  },
  {
    title: 'About the ASAM Criteria',
    publisher: 'American Society of Addiction Medicine (ASAM)',
    url: 'https://www.asam.org/asam-criteria/about-the-asam-criteria',
  },
];

export const careLevels: CareLevel[] = [
  {
    id: 'outpatient',
    name: 'Outpatient therapy',
    short: 'Outpatient',
    hours: 'Fewer than 9 hours a week (fewer than 6 for teens)',
    sleep: 'At home',
    suits: 'People who are stable and can work toward their goals with a little support, or who are stepping down after an IOP',
    sources: ['S6', 'S22'],
  },
  {
    id: 'iop',
    name: 'Intensive outpatient program (IOP)',
    short: 'IOP',
    hours: '9 or more hours a week for adults (6 or more for teens), over several days',
    sleep: 'At home',
    suits: 'People who need more than weekly therapy but are safe at home and do not need 24-hour care',
    sources: ['S2', 'S6', 'S8'],
  },
  {
    id: 'php',
    name: 'Partial hospitalization program (PHP)',
    short: 'PHP',
    hours: '20 or more hours a week',
    sleep: 'At home',
    suits: 'People who need daily treatment and closer medical or psychiatric checks, but can be safe at home at night',
    sources: ['S6', 'S48', 'S51'],
  },
  {
    id: 'residential',
    name: 'Residential treatment',
    short: 'Residential',
    hours: 'Living support 24 hours a day, plus treatment sessions each week',
    sleep: 'At the program',
    suits: 'People who need a safe, structured place to live while they get treatment',
    sources: ['S6', 'S22'],
  },
  {
    id: 'inpatient',
    name: 'Inpatient (hospital) care',
    short: 'Inpatient',
    hours: '24-hour medical and nursing care',
    sleep: 'In a hospital',
    suits: 'People with severe withdrawal risk, medical problems or mental health symptoms that need care around the clock',
    sources: ['S22'],
  },
];
