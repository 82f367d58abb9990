// The site was commissioned from one source article (shared research: seed-article.txt). This is the
// checklist that maps each point it makes to the article sections that cover it, in our own words and
// with sources. The test fails if a section named here disappears or is renamed.
import { describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content/loader';

const coverage: { point: string; sections: string[] }[] = [
  { point: 'Growing awareness of depression, anxiety, trauma and co-occurring disorders raises demand for flexible care', sections: ['what-is-an-iop#is-an-iop-only-for-addiction', 'why-iops-are-growing#why-are-more-people-looking-at-iops', 'mental-health-iop#which-conditions-can-an-iop-help-with'] },
  { point: 'An IOP sits between weekly outpatient therapy and inpatient or residential care', sections: ['what-is-an-iop#where-does-an-iop-fit-in-care', 'levels-of-care#how-do-the-levels-compare', 'after-hospital-or-residential#what-does-stepping-down-to-an-iop-mean'] },
  { point: 'A hybrid model: real support while keeping much of daily life', sections: ['what-is-an-iop#where-does-an-iop-fit-in-care'] },
  { point: 'Key characteristics of an IOP (sessions several days a week, hours, living at home, set schedule)', sections: ['what-is-an-iop#what-are-the-main-features-of-an-iop'] },
  { point: 'Specialist care without taking people out of the lives they need to keep up', sections: ['what-is-an-iop#where-does-an-iop-fit-in-care'] },
  { point: 'Flexibility: treatment for people who cannot step away from jobs, children or caregiving', sections: ['benefits-of-an-iop#can-i-keep-working-during-an-iop', 'why-iops-are-growing#how-does-an-iop-fit-around-work-and-family', 'iop-for-teens#can-my-teen-keep-going-to-school', 'work-and-school-during-an-iop#can-i-keep-my-job-while-i-am-in-an-iop'] },
  { point: 'Capacity: inpatient and residential places are limited; IOPs reach more people (wait times framed as an aim)', sections: ['why-iops-are-growing#can-iops-help-more-people-get-care'] },
  { point: 'Cost: usually less than inpatient care because you are not housed and fed full-time; a middle ground', sections: ['benefits-of-an-iop#does-an-iop-cost-less-than-a-hospital-stay', 'paying-for-an-iop#does-an-iop-cost-less-than-a-hospital-stay', 'other-ways-to-pay#what-are-my-options-without-private-insurance'] },
  { point: 'Community: staying connected to friends, family, work and hobbies; avoiding isolation', sections: ['benefits-of-an-iop#how-does-an-iop-keep-me-connected-to-my-life', 'why-iops-are-growing#why-does-staying-in-your-community-matter'] },
  { point: 'Long-term support for conditions that last or come back, without uprooting life', sections: ['benefits-of-an-iop#can-an-iop-help-with-long-term-conditions', 'why-iops-are-growing#can-an-iop-help-with-long-term-conditions', 'mental-health-iop#what-helps-with-each-condition'] },
  { point: 'Who benefits: people who need more than weekly therapy but not full-time residential care', sections: ['who-an-iop-is-for#who-is-an-iop-meant-for', 'mental-health-iop#who-is-a-mental-health-iop-for'] },
  { point: 'A mix of therapies: individual, group, family and education classes', sections: ['what-happens-in-an-iop#what-are-the-main-parts-of-an-iop', 'benefits-of-an-iop#what-kinds-of-therapy-will-i-get', 'iop-for-teens#what-happens-in-a-teen-iop'] },
  { point: 'Practical skills for triggers, mood, stress and healthy routines', sections: ['benefits-of-an-iop#what-skills-can-i-learn', 'what-happens-in-an-iop#skills-such-as-cbt-and-dbt', 'mental-health-iop#what-is-different-about-a-mental-health-iop'] },
  { point: 'Peer support in groups: shared experience, less isolation', sections: ['benefits-of-an-iop#how-can-group-sessions-help', 'what-happens-in-an-iop#group-therapy'] },
  { point: 'Respect for independence: balancing treatment with work and family', sections: ['benefits-of-an-iop#does-an-iop-respect-my-independence', 'work-and-school-during-an-iop#what-do-i-have-to-tell-my-employer'] },
  { point: 'Relapse prevention plans, community referrals and ongoing check-ins', sections: ['benefits-of-an-iop#how-does-an-iop-help-prevent-relapse', 'relapse-prevention#how-do-i-make-a-relapse-prevention-plan', 'relapse-prevention#what-happens-after-the-iop-ends', 'after-hospital-or-residential#what-should-i-arrange-before-i-leave'] },
  { point: 'Challenge: success depends on attending and on self-care between sessions', sections: ['challenges-of-an-iop#why-does-an-iop-depend-so-much-on-me'] },
  { point: 'Challenge: stress at home, work or in the family can bring back triggers', sections: ['challenges-of-an-iop#can-stress-at-home-make-recovery-harder'] },
  { point: 'Challenge: privacy and a safe space for sessions when living with others', sections: ['challenges-of-an-iop#how-do-i-keep-online-sessions-private', 'virtual-iop#how-can-i-keep-my-sessions-private'] },
  { point: 'Challenge: severe addiction or a high-risk crisis may need 24-hour inpatient or residential care', sections: ['challenges-of-an-iop#when-is-an-iop-not-enough', 'who-an-iop-is-for#who-might-need-more-care-than-an-iop', 'mental-health-iop#when-is-an-iop-not-enough', 'iop-for-teens#when-does-a-teen-need-more-care-than-an-iop', 'eating-disorder-iop#which-warning-signs-mean-i-need-more-care-first'] },
  { point: 'For many, the benefits outweigh the downsides; IOP can bridge crisis and long-term wellness', sections: ['challenges-of-an-iop#is-an-iop-still-worth-it'] },
  { point: 'Demand has surged (pandemic aftereffects, stress, money pressures, awareness)', sections: ['why-iops-are-growing#why-are-more-people-looking-at-iops'] },
  { point: 'IOPs can serve more people, also where residential options are few', sections: ['why-iops-are-growing#can-iops-help-more-people-get-care'] },
  { point: 'Making frequent therapy a normal part of life helps reduce stigma', sections: ['why-iops-are-growing#can-iops-reduce-stigma'] },
  { point: 'Fits modern lives: busy schedules, remote work, money pressures', sections: ['why-iops-are-growing#how-does-an-iop-fit-around-work-and-family', 'virtual-iop#why-do-people-choose-online-iop', 'work-and-school-during-an-iop#can-i-keep-my-job-while-i-am-in-an-iop', 'other-ways-to-pay#what-if-i-have-no-insurance'] },
  { point: 'Ongoing care rather than quick fixes', sections: ['why-iops-are-growing#can-an-iop-help-with-long-term-conditions', 'relapse-prevention#does-a-relapse-mean-treatment-has-failed'] },
  { point: 'Conclusion: frequent, evidence-based treatment without upending life', sections: ['benefits-of-an-iop#what-does-the-research-say', 'why-iops-are-growing#do-iops-work'] },
  { point: 'Detox is often the first, most physically demanding step, and where it happens matters', sections: ['detox-and-iop#what-is-detox', 'detox-and-iop#why-can-withdrawal-need-medical-care'] },
];

describe('seed article coverage checklist', () => {
  const { articles } = readContent();
  const sections = new Set(articles.flatMap((article) => article.headings.map((heading) => `${article.slug}#${heading.id}`)));

  it.each(coverage)('covers: $point', ({ sections: covering }) => {
    expect(covering.length).toBeGreaterThan(0);
    for (const section of covering) expect(sections, `${section} is not a section of the site`).toContain(section);
  });
}, 60_000);
