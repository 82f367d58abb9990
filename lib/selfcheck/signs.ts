/**
 * The safety questions: two "Are any of these true?" lists (GOV.UK checkboxes with an exclusive
 * "No, none of these"), asked before anything else. Each item is one thing, with its own source.
 *
 * The self-check is not the Columbia Protocol (C-SSRS) and not a diagnosis: the first list is
 * informed by the C-SSRS screener's questions and triage ('cssrs-screener', 'cssrs-triage'):
 * - wish to be dead, or thoughts of suicide, in the past month (screener items 1 and 2: lower risk)
 *   -> "talk to someone today" (988 and a same-day appointment), shown above whatever level of care
 *   the other answers point to. The screener's item 3 (thinking about how, without intent or plan)
 *   is not asked: safe messaging keeps methods out of the page, and a reader unsure whether that is
 *   a plan is told to select the plan item ("If you are not sure, select it").
 * - intent (item 4), a plan (item 5), or suicidal behavior in the past 3 months: preparing, or an
 *   attempt, including one stopped part way (item 6: "done anything, started to do anything, or
 *   prepared to do anything") -> the emergency result at once ("the most worrisome answers").
 * The second list is danger that cannot wait: harm to others and voices telling someone to hurt
 * anyone (an immediate safety risk: 'acep-suicide'), and physical danger signs that need medical
 * care first (withdrawal, overdose, an eating disorder with fainting or chest pain, sudden severe
 * confusion) -> the emergency result at once.
 *
 * Editors: keep each `id` (it is the value the form sends). Labels are short and say one thing; a
 * hint gives examples. Safe messaging: never describe a method or means of self-harm.
 */
import type { SignSet } from './questions';

export { noneOfThese } from './rules';

export const signSets = [
  {
    kind: 'signs',
    id: 'suicide',
    text: {
      self: {
        legend: 'Are any of these true for you?',
        hint: 'Select all that are true. If you are not sure about one, select it.',
        shortName: 'thoughts of suicide',
      },
      other: {
        legend: 'Are any of these true for the person?',
        hint: 'Select anything they have said or done. If you are not sure about one, select it.',
        shortName: 'thoughts of suicide',
      },
    },
    options: [
      {
        id: 'wish-dead',
        emergency: null,
        sources: ['cssrs-screener', 'cssrs-triage'],
        text: {
          self: {
            label: 'In the past month, you wished you were dead or could go to sleep and not wake up',
            reason: 'You said that in the past month you wished you were dead or could go to sleep and not wake up.',
          },
          other: {
            label: 'In the past month, they wished they were dead or could go to sleep and not wake up',
            reason:
              'You said that in the past month the person wished they were dead or could go to sleep and not wake up.',
          },
        },
      },
      {
        id: 'thoughts',
        emergency: null,
        sources: ['cssrs-screener', 'cssrs-triage'],
        text: {
          self: {
            label: 'In the past month, you had thoughts of ending your life',
            reason: 'You said that in the past month you had thoughts of ending your life.',
          },
          other: {
            label: 'In the past month, they had thoughts of ending their life',
            reason: 'You said that in the past month the person had thoughts of ending their life.',
          },
        },
      },
      {
        id: 'intent',
        emergency: 'mental-health',
        sources: ['cssrs-screener', 'cssrs-triage'],
        text: {
          self: {
            label: 'You intend to act on thoughts of ending your life',
            reason: 'You said you intend to act on thoughts of ending your life.',
          },
          other: {
            label: 'They intend to act on thoughts of ending their life',
            reason: 'You said the person intends to act on thoughts of ending their life.',
          },
        },
      },
      {
        id: 'plan',
        emergency: 'mental-health',
        sources: ['cssrs-screener', 'cssrs-triage'],
        text: {
          self: {
            label: 'You have worked out, or started to work out, how you would end your life',
            reason: 'You said you have worked out, or started to work out, how you would end your life.',
          },
          other: {
            label: 'They have worked out, or started to work out, how they would end their life',
            reason: 'You said the person has worked out, or started to work out, how they would end their life.',
          },
        },
      },
      {
        id: 'preparing',
        emergency: 'mental-health',
        sources: ['cssrs-screener', 'cssrs-triage'],
        text: {
          self: {
            label: 'In the past 3 months, you did something to get ready to end your life',
            reason: 'You said that in the past 3 months you did something to get ready to end your life.',
          },
          other: {
            label: 'In the past 3 months, they did something to get ready to end their life',
            reason: 'You said that in the past 3 months the person did something to get ready to end their life.',
          },
        },
      },
      {
        id: 'attempt',
        emergency: 'mental-health',
        sources: ['cssrs-screener', 'cssrs-triage'],
        text: {
          self: {
            label: 'In the past 3 months, you tried to end your life',
            hint: 'Select this even if you stopped, or someone stopped you.',
            reason: 'You said that in the past 3 months you tried to end your life.',
          },
          other: {
            label: 'In the past 3 months, they tried to end their life',
            hint: 'Select this even if they stopped, or someone stopped them.',
            reason: 'You said that in the past 3 months the person tried to end their life.',
          },
        },
      },
    ],
  },
  {
    kind: 'signs',
    id: 'danger',
    text: {
      self: {
        legend: 'Are any of these happening to you right now?',
        hint: 'Select all that are true. If you are not sure about one, select it.',
        shortName: 'danger signs right now',
      },
      other: {
        legend: 'Are any of these happening to the person right now?',
        hint: 'Select anything you have seen or they have told you. If you are not sure about one, select it.',
        shortName: 'danger signs right now',
      },
    },
    options: [
      {
        id: 'harm-others',
        emergency: 'mental-health',
        // An immediate safety risk: 911 or the emergency department [F, acep-suicide]. Research notes
        // 13(i) list it with the emergency questions (S62, a secondary copy, not cited on the site).
        sources: ['acep-suicide'],
        text: {
          self: {
            label: 'You are thinking about seriously hurting someone',
            reason: 'You said you are thinking about seriously hurting someone.',
          },
          other: {
            label: 'They are thinking about seriously hurting someone',
            reason: 'You said the person is thinking about seriously hurting someone.',
          },
        },
      },
      {
        id: 'voices',
        emergency: 'mental-health',
        // Voices telling someone to hurt anyone are a risk of harm now: 911 or the emergency department
        // [F, acep-suicide]. The LOCUS "extreme risk" anchor (research notes 13(i), S16/S17) is [R]: kept
        // because this item can only raise care.
        sources: ['acep-suicide'],
        text: {
          self: {
            label: 'You hear voices that tell you to hurt yourself or someone else',
            reason: 'You said you hear voices that tell you to hurt yourself or someone else.',
          },
          other: {
            label: 'They hear voices that tell them to hurt themselves or someone else',
            reason: 'You said the person hears voices that tell them to hurt themselves or someone else.',
          },
        },
      },
      {
        id: 'withdrawal',
        emergency: 'medical',
        // Stopping benzodiazepines suddenly can cause seizures [F, fda-benzodiazepines]; delirium tremens
        // (confusion, seizures, hallucinations, fever, fast heartbeat, shaking) is an emergency
        // [F2, medlineplus-dts]. Research notes 13(i).
        sources: ['fda-benzodiazepines', 'medlineplus-dts'],
        text: {
          self: {
            label: 'You have signs of dangerous withdrawal after cutting down or stopping alcohol or sedatives',
            hint: 'For example, a seizure, severe shaking, confusion, a fever, a racing heart, or seeing or hearing things that are not there.',
            reason: 'You said you have signs of dangerous withdrawal. These can be a medical emergency.',
          },
          other: {
            label: 'They have signs of dangerous withdrawal after cutting down or stopping alcohol or sedatives',
            hint: 'For example, a seizure, severe shaking, confusion, a fever, a racing heart, or seeing or hearing things that are not there.',
            reason: 'You said the person has signs of dangerous withdrawal. These can be a medical emergency.',
          },
        },
      },
      {
        id: 'overdose',
        emergency: 'medical',
        overdose: true,
        // Signs of overdose, and "If you aren't sure, treat it like an overdose" [F, cdc-overdose].
        sources: ['cdc-overdose'],
        text: {
          self: {
            label: 'You took drugs, alcohol or medicine and it is hard to stay awake or to breathe',
            reason:
              'You said you took something and it is hard to stay awake or to breathe. These can be signs of an overdose.',
          },
          other: {
            label: 'They took drugs, alcohol or medicine and cannot be woken, or are breathing slowly',
            hint: 'Other signs: choking or gurgling sounds, blue or gray lips or nails, or very small pupils.',
            reason:
              'You said the person took something and cannot be woken or is breathing slowly. These can be signs of an overdose.',
          },
        },
      },
      {
        id: 'eating-disorder',
        emergency: 'medical',
        // Fainting or an irregular pulse with anorexia: emergency room or 911 [F2, medlineplus-anorexia].
        sources: ['medlineplus-anorexia'],
        text: {
          self: {
            label: 'You have an eating disorder and you fainted or have chest pain',
            hint: 'Select this too for a very slow, fast or uneven heartbeat.',
            reason: 'You said you have an eating disorder and fainted or have chest pain. This needs medical care now.',
          },
          other: {
            label: 'They have an eating disorder and fainted or have chest pain',
            hint: 'Select this too for a very slow, fast or uneven heartbeat.',
            reason:
              'You said the person has an eating disorder and fainted or has chest pain. This needs medical care now.',
          },
        },
      },
      {
        id: 'confusion',
        emergency: 'medical',
        // Sudden confusion: call 911 [F2, medlineplus-confusion]; also a sign of delirium tremens [F2].
        sources: ['medlineplus-confusion', 'medlineplus-dts'],
        text: {
          self: {
            label: 'You have suddenly become very confused',
            hint: 'For example, you do not know where you are or what is happening.',
            reason: 'You said you have suddenly become very confused. This needs medical care now.',
          },
          other: {
            label: 'They have suddenly become very confused',
            hint: 'For example, they do not know where they are or what is happening.',
            reason: 'You said the person has suddenly become very confused. This needs medical care now.',
          },
        },
      },
    ],
  },
] as const satisfies readonly SignSet[];
