import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/model/kinds.ts
import { posix } from "node:path";

// schemas/compensation.schema.json
var compensation_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://oncall-as-code.dev/schemas/compensation.schema.json",
  title: "Pay periods, rate classes and holidays (oncall/compensation.yaml)",
  description: "What decides how covered hours are paid: time trade within a pay period, overtime, holiday rate.",
  type: "object",
  additionalProperties: false,
  required: [
    "pay_periods",
    "rate_classes",
    "holidays"
  ],
  properties: {
    pay_periods: {
      type: "object",
      additionalProperties: false,
      required: [
        "kind",
        "time_zone"
      ],
      properties: {
        kind: {
          enum: [
            "monthly",
            "semi-monthly",
            "weekly",
            "biweekly"
          ],
          description: "monthly: calendar months; semi-monthly: the 1st-15th and the 16th-end; weekly and biweekly count from anchor."
        },
        time_zone: {
          $ref: "common.schema.json#/$defs/timeZone"
        },
        anchor: {
          $ref: "common.schema.json#/$defs/date",
          description: "A date a weekly or biweekly period starts on."
        }
      }
    },
    rate_classes: {
      type: "object",
      additionalProperties: false,
      required: [
        "time_trade",
        "overtime",
        "holiday"
      ],
      properties: {
        time_trade: {
          type: "string",
          minLength: 1
        },
        overtime: {
          type: "string",
          minLength: 1
        },
        holiday: {
          type: "string",
          minLength: 1
        }
      }
    },
    holidays: {
      type: "object",
      additionalProperties: false,
      required: [
        "time_zone",
        "dates"
      ],
      properties: {
        calendar: {
          type: "string",
          description: "Which public calendar these dates come from."
        },
        time_zone: {
          $ref: "common.schema.json#/$defs/timeZone",
          description: "A holiday is midnight to midnight here."
        },
        dates: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "date",
              "name"
            ],
            properties: {
              date: {
                $ref: "common.schema.json#/$defs/date"
              },
              name: {
                $ref: "common.schema.json#/$defs/name",
                minLength: 1
              }
            }
          }
        }
      }
    },
    fairness: {
      type: "object",
      additionalProperties: false,
      description: "Limits that keep the load fair; oncall validate warns when the rotation and swaps exceed them.",
      properties: {
        max_hours_per_quarter: {
          type: "integer",
          minimum: 1,
          description: "On-call hours one person may hold in a calendar quarter (UTC) before validate warns."
        }
      }
    }
  },
  examples: [
    {
      pay_periods: {
        kind: "monthly",
        time_zone: "Europe/London"
      },
      rate_classes: {
        time_trade: "Paid back in the same pay period",
        overtime: "No payback",
        holiday: "On a public holiday"
      },
      holidays: {
        time_zone: "Europe/London",
        dates: [
          {
            date: "2026-12-25",
            name: "Christmas Day"
          }
        ]
      }
    }
  ]
};

// schemas/contacts.schema.json
var contacts_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://oncall-as-code.dev/schemas/contacts.schema.json",
  title: "Emergency contacts (oncall/contacts.yaml)",
  description: "The escalation path as people read it, external services' support contacts, and the team's channels.",
  type: "object",
  additionalProperties: false,
  required: [
    "escalation_path",
    "external"
  ],
  properties: {
    escalation_path: {
      type: "object",
      additionalProperties: false,
      required: [
        "policy",
        "levels"
      ],
      properties: {
        policy: {
          $ref: "common.schema.json#/$defs/id",
          description: "The escalation policy this path describes."
        },
        levels: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "level",
              "contact",
              "when"
            ],
            properties: {
              level: {
                type: "integer",
                minimum: 1
              },
              contact: {
                $ref: "common.schema.json#/$defs/target"
              },
              when: {
                type: "string",
                minLength: 1
              }
            }
          }
        }
      }
    },
    external: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "id",
          "name",
          "contact",
          "issue_type"
        ],
        properties: {
          id: {
            $ref: "common.schema.json#/$defs/id"
          },
          name: {
            $ref: "common.schema.json#/$defs/name",
            minLength: 1
          },
          contact: {
            type: "string",
            format: "uri",
            description: "Where to ask for support."
          },
          issue_type: {
            type: "string",
            minLength: 1
          }
        }
      }
    },
    channels: {
      type: "object",
      description: "Team chat channels by purpose.",
      additionalProperties: false,
      properties: {
        alerts: {
          $ref: "#/$defs/channel"
        },
        swaps: {
          $ref: "#/$defs/channel"
        },
        incidents: {
          $ref: "#/$defs/channel"
        }
      }
    }
  },
  $defs: {
    channel: {
      type: "string",
      pattern: "^#[a-z0-9][a-z0-9_-]*$",
      examples: [
        "#on-call-swaps"
      ]
    }
  },
  examples: [
    {
      escalation_path: {
        policy: "edustream-engineering",
        levels: [
          {
            level: 1,
            contact: {
              schedule: "primary"
            },
            when: "First responder"
          }
        ]
      },
      external: [
        {
          id: "stripe",
          name: "Stripe",
          contact: "https://stripe.com/support",
          issue_type: "Payment issues"
        }
      ],
      channels: {
        swaps: "#on-call-swaps"
      }
    }
  ]
};

// schemas/coverage.schema.json
var coverage_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://oncall-as-code.dev/schemas/coverage.schema.json",
  title: "Coverage hours and response targets (oncall/coverage.yaml)",
  description: "Business hours in a named time zone (after hours is every other time) and how fast each severity must be acknowledged in each.",
  type: "object",
  additionalProperties: false,
  required: [
    "time_zone",
    "business_hours",
    "response_minutes"
  ],
  properties: {
    time_zone: {
      $ref: "common.schema.json#/$defs/timeZone",
      description: "The zone business hours are read in."
    },
    business_hours: {
      type: "object",
      additionalProperties: false,
      required: [
        "days",
        "start",
        "end"
      ],
      properties: {
        days: {
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: {
            $ref: "common.schema.json#/$defs/weekday"
          }
        },
        start: {
          $ref: "common.schema.json#/$defs/clockTime"
        },
        end: {
          $ref: "common.schema.json#/$defs/clockTime"
        }
      }
    },
    response_minutes: {
      type: "object",
      description: "Per severity id: the minutes to acknowledge in business hours and after hours.",
      propertyNames: {
        $ref: "common.schema.json#/$defs/severityRef"
      },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: [
          "business_hours",
          "after_hours"
        ],
        properties: {
          business_hours: {
            $ref: "common.schema.json#/$defs/minutes"
          },
          after_hours: {
            $ref: "common.schema.json#/$defs/minutes"
          }
        }
      },
      examples: [
        {
          P0: {
            business_hours: 15,
            after_hours: 30
          }
        }
      ]
    }
  },
  examples: [
    {
      time_zone: "Europe/London",
      business_hours: {
        days: [
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday"
        ],
        start: "09:00",
        end: "18:00"
      },
      response_minutes: {
        P0: {
          business_hours: 15,
          after_hours: 30
        }
      }
    }
  ]
};

// schemas/escalation.schema.json
var escalation_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://oncall-as-code.dev/schemas/escalation.schema.json",
  title: "Escalation policies (oncall/escalation.yaml)",
  description: "Who is paged, in order, until someone acknowledges; mirrors PagerDuty escalation policies.",
  type: "object",
  additionalProperties: false,
  required: [
    "policies"
  ],
  properties: {
    policies: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/$defs/policy"
      }
    }
  },
  $defs: {
    policy: {
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "name",
        "rules"
      ],
      properties: {
        id: {
          $ref: "common.schema.json#/$defs/id",
          description: "How services name this policy."
        },
        name: {
          $ref: "common.schema.json#/$defs/name",
          minLength: 1,
          description: "The name in PagerDuty."
        },
        description: {
          type: "string"
        },
        num_loops: {
          type: "integer",
          minimum: 0,
          maximum: 9,
          default: 0,
          description: "How many times the whole policy repeats after its last rule when nobody acknowledges."
        },
        rules: {
          type: "array",
          minItems: 1,
          maxItems: 20,
          items: {
            $ref: "#/$defs/rule"
          }
        }
      }
    },
    rule: {
      type: "object",
      additionalProperties: false,
      required: [
        "escalation_delay_minutes",
        "targets"
      ],
      properties: {
        escalation_delay_minutes: {
          type: "integer",
          description: "Minutes this rule's targets have to acknowledge before the next rule is paged (PagerDuty requires at least 1).",
          examples: [
            15
          ]
        },
        targets: {
          type: "array",
          minItems: 1,
          maxItems: 10,
          items: {
            $ref: "common.schema.json#/$defs/target"
          }
        }
      }
    }
  },
  examples: [
    {
      policies: [
        {
          id: "edustream-engineering",
          name: "EduStream engineering",
          num_loops: 2,
          rules: [
            {
              escalation_delay_minutes: 15,
              targets: [
                {
                  schedule: "primary"
                }
              ]
            },
            {
              escalation_delay_minutes: 30,
              targets: [
                {
                  person: "cto"
                }
              ]
            }
          ]
        }
      ]
    }
  ]
};

// schemas/rotations.schema.json
var rotations_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://oncall-as-code.dev/schemas/rotations.schema.json",
  title: "On-call schedules (oncall/rotations.yaml)",
  description: "Schedules (what escalation rules page) and their layers (how members take turns).",
  type: "object",
  additionalProperties: false,
  required: ["schedules"],
  properties: {
    schedules: {
      type: "array",
      minItems: 1,
      items: { $ref: "#/$defs/schedule" }
    }
  },
  $defs: {
    schedule: {
      type: "object",
      additionalProperties: false,
      required: ["id", "layers"],
      properties: {
        id: { $ref: "common.schema.json#/$defs/id", description: "How escalation rules and swaps name this schedule." },
        name: { $ref: "common.schema.json#/$defs/name", minLength: 1 },
        description: { type: "string" },
        layers: {
          type: "array",
          minItems: 1,
          description: "Where layers overlap, the one listed last (the lowest) wins, as in PagerDuty.",
          items: { $ref: "#/$defs/layer" }
        }
      }
    },
    layer: {
      type: "object",
      additionalProperties: false,
      required: ["id", "time_zone", "start", "turn_length", "members"],
      properties: {
        id: { $ref: "common.schema.json#/$defs/id" },
        name: { $ref: "common.schema.json#/$defs/name" },
        time_zone: { $ref: "common.schema.json#/$defs/timeZone", description: "The zone start, end and handoffs are read in." },
        start: {
          $ref: "common.schema.json#/$defs/localDateTime",
          description: "The first handoff: the first member's first turn starts here; every later handoff is a whole number of turns after it, in local time."
        },
        end: {
          $ref: "common.schema.json#/$defs/localDateTime",
          description: "Optional: the layer stops here (a roster change takes effect on a future date with a new layer starting then)."
        },
        turn_length: {
          type: "object",
          description: "How long each member's turn lasts: exactly one of hours, days or weeks.",
          additionalProperties: false,
          minProperties: 1,
          maxProperties: 1,
          properties: {
            hours: { type: "integer", minimum: 1, maximum: 8760 },
            days: { type: "integer", minimum: 1, maximum: 365 },
            weeks: { type: "integer", minimum: 1, maximum: 52 }
          },
          examples: [{ weeks: 1 }, { days: 1 }, { hours: 12 }]
        },
        members: {
          type: "array",
          minItems: 1,
          description: "Person ids in turn order; the first takes the turn that begins at start.",
          items: { $ref: "common.schema.json#/$defs/personRef" }
        },
        restrictions: {
          type: "array",
          description: "Optional: the layer covers only these windows; outside them lower layers (or nobody) answer.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["start", "end"],
            properties: {
              days: {
                type: "array",
                minItems: 1,
                uniqueItems: true,
                description: "The days the window starts on; all days when absent.",
                items: { $ref: "common.schema.json#/$defs/weekday" }
              },
              start: { $ref: "common.schema.json#/$defs/clockTime" },
              end: { $ref: "common.schema.json#/$defs/clockTime" }
            }
          }
        }
      }
    }
  },
  examples: [
    {
      schedules: [
        {
          id: "primary",
          layers: [
            {
              id: "weekly",
              time_zone: "Etc/UTC",
              start: "2026-01-04T10:00",
              turn_length: { weeks: 1 },
              members: ["engineer-a", "engineer-b"]
            }
          ]
        }
      ]
    }
  ]
};

// schemas/services.schema.json
var services_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://oncall-as-code.dev/schemas/services.schema.json",
  title: "PagerDuty services (oncall/services.yaml)",
  description: "Where alerts arrive, which escalation policy they follow, and how urgently each severity pages.",
  type: "object",
  additionalProperties: false,
  required: [
    "services"
  ],
  properties: {
    services: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/$defs/service"
      }
    }
  },
  $defs: {
    service: {
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "description",
        "escalation_policy",
        "urgency"
      ],
      properties: {
        id: {
          $ref: "common.schema.json#/$defs/id",
          description: "The service name in PagerDuty."
        },
        description: {
          type: "string",
          minLength: 1
        },
        escalation_policy: {
          $ref: "common.schema.json#/$defs/id",
          description: "The id of a policy in escalation.yaml."
        },
        urgency: {
          type: "object",
          description: "The severities this service carries, each with its urgency: high, low, or business-hours (high in the business hours of coverage.yaml, low after hours).",
          minProperties: 1,
          propertyNames: {
            $ref: "common.schema.json#/$defs/severityRef"
          },
          additionalProperties: {
            enum: [
              "high",
              "low",
              "business-hours"
            ]
          },
          examples: [
            {
              P0: "high",
              P1: "business-hours"
            }
          ]
        }
      }
    }
  },
  examples: [
    {
      services: [
        {
          id: "edustream-payments",
          description: "Payment failures",
          escalation_policy: "edustream-engineering",
          urgency: {
            P0: "high",
            P1: "business-hours"
          }
        }
      ]
    }
  ]
};

// schemas/severities.schema.json
var severities_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://oncall-as-code.dev/schemas/severities.schema.json",
  title: "Severities (oncall/severities.yaml)",
  description: "How bad an incident is, how to tell, and what it demands; most severe first.",
  type: "object",
  additionalProperties: false,
  required: ["severities"],
  properties: {
    severities: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "name", "criteria", "action", "incident"],
        properties: {
          id: { $ref: "common.schema.json#/$defs/severityRef" },
          name: { $ref: "common.schema.json#/$defs/name", minLength: 1 },
          criteria: { type: "string", minLength: 1, description: "How to recognise it." },
          action: { type: "string", minLength: 1, description: "What the on-call engineer does." },
          incident: { type: "boolean", description: "Whether it opens an incident (and so needs a postmortem)." }
        }
      }
    }
  },
  examples: [
    { severities: [{ id: "P0", name: "Critical", criteria: "Service down", action: "All hands", incident: true }] }
  ]
};

// schemas/swap.schema.json
var swap_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://oncall-as-code.dev/schemas/swap.schema.json",
  title: "Shift swap (oncall/swaps/<date>-<schedule>-<relieved>.yaml)",
  description: "One engineer covers part or all of another's shift on one schedule. It becomes a PagerDuty override for exactly that period.",
  type: "object",
  additionalProperties: false,
  required: ["schedule", "start", "relieved", "covering", "reason"],
  properties: {
    schedule: { $ref: "common.schema.json#/$defs/id", description: "The schedule in rotations.yaml whose shift is swapped." },
    start: {
      $ref: "common.schema.json#/$defs/instant",
      description: "When the covering engineer takes over: a date and time with its UTC offset (Z or +hh:mm)."
    },
    end: {
      $ref: "common.schema.json#/$defs/instant",
      description: "When the shift returns to the schedule. Omit it to cover the rest of the relieved engineer's shift that contains start."
    },
    relieved: { $ref: "common.schema.json#/$defs/personRef", description: "The person who holds the period on the schedule and is relieved of it." },
    covering: { $ref: "common.schema.json#/$defs/personRef", description: "The person who is on call instead." },
    reason: {
      $ref: "common.schema.json#/$defs/sentence",
      minLength: 1,
      description: "Why; shown to reviewers and in the team channel."
    },
    payback: {
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$",
      description: "The swap that pays this one back, by file name without .yaml (e.g. 2027-01-10-primary-engineer-c): both together are a time trade when in one pay period."
    }
  },
  examples: [
    {
      schedule: "primary",
      start: "2026-12-13T10:00:00Z",
      relieved: "engineer-a",
      covering: "engineer-c",
      reason: "Family wedding"
    }
  ]
};

// schemas/postmortem.schema.json
var postmortem_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://oncall-as-code.dev/schemas/postmortem.schema.json",
  title: "Postmortem front matter (postmortems/YYYY-MM-DD-slug.md)",
  description: "The structured fields of a postmortem: what the procedures' template asks in bold lines, plus what a review needs (instants, services, status, and a type and priority per action item).",
  type: "object",
  additionalProperties: false,
  required: ["title", "date", "severity", "author", "status", "started", "detected", "resolved", "services", "action_items"],
  properties: {
    title: { type: "string", minLength: 1, description: "The incident, as the heading names it." },
    date: { $ref: "common.schema.json#/$defs/date", description: "The day the incident began (UTC)." },
    severity: { $ref: "common.schema.json#/$defs/severityRef" },
    author: { type: "string", minLength: 1, description: "A person id or name from team.yaml." },
    status: { enum: ["draft", "in-review", "final"] },
    started: { $ref: "common.schema.json#/$defs/instant", description: "When the impact began." },
    detected: { $ref: "common.schema.json#/$defs/instant", description: "When an alert or a person noticed." },
    resolved: { $ref: "common.schema.json#/$defs/instant", description: "When service was restored (the procedures' 'resolved')." },
    duration: {
      type: "string",
      pattern: "^(\\d+ hours?)?( ?\\d+ minutes?)?$",
      description: "As the template writes it, e.g. '1 hour 50 minutes'; must equal resolved \u2212 started."
    },
    services: {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { $ref: "common.schema.json#/$defs/id" },
      description: "Services of services.yaml that were affected."
    },
    action_items: {
      type: "array",
      description: "One entry per row of the Action Items table: a stable id (the row's GitHub issue is filed under it and the incident's date, so rewording the row or renaming the file keeps the issue), the row's action (which binds the entry to its row, so the rows may be reordered; without it the entry is the row at its position), a type and a priority.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "type", "priority"],
        properties: {
          id: { $ref: "common.schema.json#/$defs/id" },
          action: {
            type: "string",
            minLength: 1,
            description: "The Action cell of the entry's row, as it reads (markup aside): binds the entry to that row wherever it is in the table."
          },
          type: { enum: ["prevent", "mitigate", "detect", "process"] },
          priority: { enum: ["high", "medium", "low"] }
        }
      }
    }
  },
  examples: [
    {
      title: "Payments webhook backlog",
      date: "2026-03-14",
      severity: "P1",
      author: "engineer-b",
      status: "final",
      started: "2026-03-14T09:12:00Z",
      detected: "2026-03-14T09:20:00Z",
      resolved: "2026-03-14T11:02:00Z",
      duration: "1 hour 50 minutes",
      services: ["edustream-payments"],
      action_items: [
        { id: "alert-on-backlog", action: "Alert when the webhook queue backs up", type: "detect", priority: "high" }
      ]
    }
  ]
};

// schemas/team.schema.json
var team_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://oncall-as-code.dev/schemas/team.schema.json",
  title: "Team roster (oncall/team.yaml)",
  description: "Everyone who can be paged or escalated to: contact details, manager and on-call training record.",
  type: "object",
  additionalProperties: false,
  required: ["people"],
  properties: {
    people: {
      type: "array",
      minItems: 1,
      items: { $ref: "#/$defs/person" }
    }
  },
  $defs: {
    person: {
      type: "object",
      additionalProperties: false,
      required: ["id", "name", "github", "email", "time_zone", "role"],
      properties: {
        id: { $ref: "common.schema.json#/$defs/id", description: "How every other file names this person." },
        name: { $ref: "common.schema.json#/$defs/name", minLength: 1, description: "Full name, as shown to people." },
        github: {
          type: "string",
          description: "GitHub login: used for swap approvals, review requests and issue assignment.",
          pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",
          examples: ["edustream-eng-a"]
        },
        github_id: {
          type: "integer",
          minimum: 1,
          description: "GitHub's numeric user id (GET /users/{login} answers it). Where present, approvals and authorship are matched by it, so a renamed login taken over by someone else cannot consent for this person.",
          examples: [583231]
        },
        email: {
          type: "string",
          format: "email",
          description: "Email address; PagerDuty users are matched on it, case-insensitively."
        },
        time_zone: { $ref: "common.schema.json#/$defs/timeZone" },
        role: {
          enum: ["engineer", "engineering-manager", "cto"],
          description: "engineer takes shifts; engineering-manager and cto are escalation levels 3 and 4."
        },
        manager: {
          $ref: "common.schema.json#/$defs/personRef",
          description: "The person id of this person's manager: notified of their swaps."
        },
        training: { $ref: "#/$defs/training" }
      }
    },
    training: {
      type: "object",
      description: "Dates each training item was completed; a missing item is not done.",
      additionalProperties: false,
      properties: {
        before_first_shift: {
          type: "object",
          description: "'Before First Shift' in the procedures: all six before anyone takes a shift.",
          additionalProperties: false,
          properties: {
            training_session: { $ref: "common.schema.json#/$defs/date", description: "Completed the on-call training session." },
            shadow_shift: { $ref: "common.schema.json#/$defs/date", description: "Shadowed one on-call shift." },
            runbook_review: { $ref: "common.schema.json#/$defs/date", description: "Reviewed all runbooks." },
            access_verified: { $ref: "common.schema.json#/$defs/date", description: "Verified access to PagerDuty, Sentry and servers." },
            alert_test: { $ref: "common.schema.json#/$defs/date", description: "Tested alerting to their phone." },
            incident_drill: { $ref: "common.schema.json#/$defs/date", description: "Completed an incident response drill." }
          }
        },
        quarterly: {
          type: "object",
          description: "'Quarterly' in the procedures: the date each duty was last done.",
          additionalProperties: false,
          properties: {
            runbook_review: { $ref: "common.schema.json#/$defs/date", description: "Runbook review and update." },
            incident_drill: { $ref: "common.schema.json#/$defs/date", description: "Incident response drill." },
            access_audit: { $ref: "common.schema.json#/$defs/date", description: "Access audit." }
          }
        }
      }
    }
  },
  examples: [
    {
      people: [
        {
          id: "engineer-a",
          name: "Engineer A",
          github: "edustream-eng-a",
          email: "engineer-a@example.com",
          time_zone: "Europe/London",
          role: "engineer",
          manager: "eng-manager"
        }
      ]
    }
  ]
};

// src/model/kinds.ts
var POLICY_DIR = "oncall";
function fileOf(kind) {
  return `${POLICY_DIR}/${kind}.yaml`;
}
function spec(kind, schema) {
  return { kind, file: fileOf(kind), schema, schemaFile: `${kind}.schema.json` };
}
var KINDS = [
  spec("team", team_schema_default),
  spec("rotations", rotations_schema_default),
  spec("escalation", escalation_schema_default),
  spec("services", services_schema_default),
  spec("severities", severities_schema_default),
  spec("coverage", coverage_schema_default),
  spec("compensation", compensation_schema_default),
  spec("contacts", contacts_schema_default)
];
var SWAPS = {
  kind: "swap",
  dir: `${POLICY_DIR}/swaps`,
  schema: swap_schema_default,
  schemaFile: "swap.schema.json"
};
var POSTMORTEMS = {
  kind: "postmortem",
  dir: "postmortems",
  schema: postmortem_schema_default,
  schemaFile: "postmortem.schema.json",
  template: "postmortems/TEMPLATE.md"
};
function isCheckedPostmortem(path) {
  return posix.dirname(path) === POSTMORTEMS.dir && path.endsWith(".md") && path !== POSTMORTEMS.template;
}

export {
  POLICY_DIR,
  fileOf,
  KINDS,
  SWAPS,
  POSTMORTEMS,
  isCheckedPostmortem
};
