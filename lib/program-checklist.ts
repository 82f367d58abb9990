// The questions a reader can ask a program before starting, grouped as the "Checking a program"
// article explains them (license and accreditation, staff, treatment, cost, safety and aftercare).
// Plain data: the <ProgramChecklist /> component prints it, and a unit test keeps it well formed.
// Each question is one a program can answer on the phone; none asks the reader for anything.

export interface ChecklistGroup {
  /** Short name of the group, shown as the legend of its set of tick boxes. */
  title: string;
  /** Questions to ask, in the reader's words, each ending with "?". */
  questions: string[];
}

export const programChecklist: ChecklistGroup[] = [
  {
    title: 'License and accreditation',
    questions: [
      'Is the program licensed by the state? Which agency gave the license?',
      'Is the program accredited, for example by The Joint Commission or CARF?',
    ],
  },
  {
    title: 'Staff',
    questions: [
      'Who will lead my sessions, and what licenses do they hold?',
      'Can I see a doctor, psychiatrist or nurse if I need one?',
    ],
  },
  {
    title: 'Treatment',
    questions: [
      'Which treatments do you use, and what is the evidence that they work?',
      'Will I get a written treatment plan that I help to make?',
      'Can I keep taking medicine for opioid or alcohol use, or start it here?',
      'Do you treat mental health and substance use together?',
      'How many hours a week is the program, and on which days?',
      'Can my family take part, if I want them to?',
    ],
  },
  {
    title: 'Cost and privacy',
    questions: [
      'Are you in my health plan\u2019s network?',
      'Can you tell me in writing what I will pay before I start?',
      'Who can see my records, and what do you need my consent for?',
    ],
  },
  {
    title: 'Safety and aftercare',
    questions: [
      'Who do I call if I am in crisis outside program hours?',
      'What happens if I need more care than an IOP can give?',
      'What support do you plan with me for when the program ends?',
    ],
  },
];
