import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  Temporal
} from "./chunk-ETVPNU4B.js";
import {
  locate
} from "./chunk-DQA6EP7E.js";
import {
  KINDS,
  POSTMORTEMS,
  SWAPS,
  TIME_OFF
} from "./chunk-RWRK4OFQ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-HPB5NIOG.js";

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/util/time.ts
var zoneCache = /* @__PURE__ */ new Map();
function isTimeZone(name) {
  let known = zoneCache.get(name);
  if (known === void 0) {
    known = false;
    if (/[A-Za-z]/.test(name)) {
      try {
        known = Temporal.ZonedDateTime.from({ year: 2e3, month: 1, day: 1, timeZone: name }).timeZoneId === name;
      } catch {
        known = false;
      }
    }
    zoneCache.set(name, known);
  }
  return known;
}
function isLocalDateTime(text) {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return false;
  try {
    Temporal.PlainDateTime.from(text, { overflow: "reject" });
    return true;
  } catch {
    return false;
  }
}
function parseLocalDateTime(text) {
  return Temporal.PlainDateTime.from(text, { overflow: "reject" });
}
function clockMinutes(text) {
  const [h, m] = text.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
function zoned(local, timeZone) {
  return Temporal.PlainDateTime.from(local, { overflow: "reject" }).toZonedDateTime(timeZone, {
    disambiguation: "compatible"
  });
}
function instantMs(iso) {
  return Temporal.Instant.from(iso).epochMilliseconds;
}
function isoUtc(ms) {
  return Temporal.Instant.fromEpochMilliseconds(ms).toString();
}
var MINUTE_MS = 6e4;
var HOUR_MS = 60 * MINUTE_MS;
var DAY_MS = 24 * HOUR_MS;
var WEEK_MS = 7 * DAY_MS;
function wallClockSeries(local, timeZone, unit, count) {
  const stepMs = count * (unit === "weeks" ? WEEK_MS : DAY_MS);
  let anchorK = Number.POSITIVE_INFINITY;
  let anchorMs = 0;
  let nextTransition = Number.NEGATIVE_INFINITY;
  const exact = (k) => {
    const wall = local.add({ [unit]: count * k });
    const zdt = wall.toZonedDateTime(timeZone, { disambiguation: "compatible" });
    if (Temporal.PlainDateTime.compare(zdt.toPlainDateTime(), wall) === 0) {
      anchorK = k;
      anchorMs = zdt.epochMilliseconds;
      nextTransition = zdt.getTimeZoneTransition("next")?.epochMilliseconds ?? Number.POSITIVE_INFINITY;
    }
    return zdt.epochMilliseconds;
  };
  return (k) => {
    if (k >= anchorK) {
      const candidate = anchorMs + (k - anchorK) * stepMs;
      if (candidate < nextTransition) return candidate;
    }
    return exact(k);
  };
}

// src/model/schema.ts
var import_formats = __toESM(require_formats(), 1);

// src/model/validators.generated.js
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS2 = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var require_ucs2length = __commonJS2({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});
var require_fast_deep_equal = __commonJS2({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});
var require_equal = __commonJS2({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});
var require_validators = __commonJS2({
  "validators.cjs"(exports, module) {
    function appendErrors(to, from) {
      for (const e of from) to.push(e);
      return to;
    }
    module.exports = function createValidators(formats) {
      const exports2 = {};
      "use strict";
      exports2["compensation.schema.json"] = validate20;
      const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://oncall-as-code.dev/schemas/compensation.schema.json", "title": "Pay periods, rate classes and holidays (oncall/compensation.yaml)", "description": "What decides how covered hours are paid: time trade within a pay period, overtime, holiday rate.", "type": "object", "additionalProperties": false, "required": ["pay_periods", "rate_classes", "holidays"], "properties": { "pay_periods": { "type": "object", "additionalProperties": false, "required": ["kind", "time_zone"], "properties": { "kind": { "enum": ["monthly", "semi-monthly", "weekly", "biweekly"], "description": "monthly: calendar months; semi-monthly: the 1st-15th and the 16th-end; weekly and biweekly count from anchor." }, "time_zone": { "$ref": "common.schema.json#/$defs/timeZone" }, "anchor": { "$ref": "common.schema.json#/$defs/date", "description": "A date a weekly or biweekly period starts on." } } }, "rate_classes": { "type": "object", "additionalProperties": false, "required": ["time_trade", "overtime", "holiday"], "properties": { "time_trade": { "type": "string", "minLength": 1 }, "overtime": { "type": "string", "minLength": 1 }, "holiday": { "type": "string", "minLength": 1 } } }, "holidays": { "type": "object", "additionalProperties": false, "description": "The company's holiday calendar: the holidays of everyone whose team.yaml entry names no holiday_calendar.", "required": ["time_zone", "dates"], "properties": { "calendar": { "type": "string", "description": "Which public calendar these dates come from." }, "time_zone": { "$ref": "common.schema.json#/$defs/timeZone", "description": "A holiday is midnight to midnight here." }, "dates": { "$ref": "#/$defs/dates" } } }, "holiday_calendars": { "type": "object", "maxProperties": 50, "description": "Public holidays by country or region, by id. A person whose team.yaml entry says holiday_calendar: <id> has these holidays instead of the company's: their on-call hours on those days are holiday hours (for fairness, cover and pay). A holiday is not time off; to be off, declare it in oncall/time-off/<person>.yaml with kind: public-holiday.", "propertyNames": { "$ref": "common.schema.json#/$defs/id" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["name", "time_zone", "dates"], "properties": { "name": { "$ref": "common.schema.json#/$defs/name", "minLength": 1, "description": "Which public calendar these dates come from, as people read it." }, "time_zone": { "$ref": "common.schema.json#/$defs/timeZone", "description": "A holiday is midnight to midnight here." }, "dates": { "$ref": "#/$defs/dates" } } }, "examples": [{ "germany-berlin": { "name": "Germany (Berlin) public holidays", "time_zone": "Europe/Berlin", "dates": [{ "date": "2027-03-08", "name": "International Women's Day" }] } }] }, "fairness": { "type": "object", "additionalProperties": false, "description": "Limits that keep the load fair; oncall validate warns when the rotation and swaps exceed them.", "properties": { "weights": { "type": "object", "additionalProperties": false, "description": "How much an hour of each kind counts when load is compared (oncall cover, rotation propose); default business 1, after_hours 1.5, weekend 2, holiday 3.", "properties": { "business": { "type": "number", "minimum": 0 }, "after_hours": { "type": "number", "minimum": 0 }, "weekend": { "type": "number", "minimum": 0 }, "holiday": { "type": "number", "minimum": 0 } } }, "min_rest_hours": { "type": "integer", "minimum": 0, "maximum": 168, "description": "Hours someone must be off call before and after a shift they cover (oncall cover); default 12." }, "max_hours_per_quarter": { "type": "integer", "minimum": 1, "description": "On-call hours one person may hold in a calendar quarter (UTC) before validate warns." } } } }, "$defs": { "dates": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["date", "name"], "properties": { "date": { "$ref": "common.schema.json#/$defs/date" }, "name": { "$ref": "common.schema.json#/$defs/name", "minLength": 1 } } } } }, "examples": [{ "pay_periods": { "kind": "monthly", "time_zone": "Europe/London" }, "rate_classes": { "time_trade": "Paid back in the same pay period", "overtime": "No payback", "holiday": "On a public holiday" }, "holidays": { "time_zone": "Europe/London", "dates": [{ "date": "2026-12-25", "name": "Christmas Day" }] }, "holiday_calendars": { "germany-berlin": { "name": "Germany (Berlin) public holidays", "time_zone": "Europe/Berlin", "dates": [{ "date": "2026-12-26", "name": "Second Day of Christmas" }] } } }] };
      const schema33 = { "type": "string", "description": "An IANA time zone name, such as Europe/London or Etc/UTC.", "format": "iana-time-zone", "examples": ["Etc/UTC", "Europe/London", "America/New_York"] };
      const schema34 = { "type": "string", "description": "A calendar date, YYYY-MM-DD.", "format": "date", "examples": ["2026-01-04"] };
      const schema39 = { "type": "string", "description": "An identifier: lowercase letters, digits and hyphens, starting with a letter or digit.", "pattern": "^[a-z0-9][a-z0-9-]{0,62}$", "examples": ["engineer-a", "primary"] };
      const schema38 = { "type": "string", "description": "A name as people read it: one line, at most 100 characters, with no control characters.", "maxLength": 100, "pattern": "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$" };
      const formats0 = formats["iana-time-zone"];
      const formats2 = formats.date;
      const func1 = require_ucs2length().default;
      const schema36 = { "type": "array", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["date", "name"], "properties": { "date": { "$ref": "common.schema.json#/$defs/date" }, "name": { "$ref": "common.schema.json#/$defs/name", "minLength": 1 } } } };
      const pattern4 = new RegExp("^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$", "u");
      function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate22.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (Array.isArray(data)) {
          if (data.length > 1e3) {
            const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema36, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          const len0 = data.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data0 = data[i0];
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              if (data0.date === void 0) {
                const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema36.items.required, parentSchema: schema36.items, data: data0 };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
              if (data0.name === void 0) {
                const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema36.items.required, parentSchema: schema36.items, data: data0 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
              for (const key0 in data0) {
                if (!(key0 === "date" || key0 === "name")) {
                  const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.items, data: data0 };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              }
              if (data0.date !== void 0) {
                let data1 = data0.date;
                if (typeof data1 === "string") {
                  if (!formats2.validate(data1)) {
                    const err4 = { instancePath: instancePath + "/" + i0 + "/date", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34, data: data1 };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                } else {
                  const err5 = { instancePath: instancePath + "/" + i0 + "/date", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              }
              if (data0.name !== void 0) {
                let data2 = data0.name;
                if (typeof data2 === "string") {
                  if (func1(data2) > 100) {
                    const err6 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema38, data: data2 };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                  if (!pattern4.test(data2)) {
                    const err7 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$" }, message: 'must match pattern "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"', schema: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$", parentSchema: schema38, data: data2 };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                } else {
                  const err8 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
                if (typeof data2 === "string") {
                  if (func1(data2) < 1) {
                    const err9 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.items.properties.name, data: data2 };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err10 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.items.type, parentSchema: schema36.items, data: data0 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        } else {
          const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.type, parentSchema: schema36, data };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        validate22.errors = vErrors;
        return errors === 0;
      }
      validate22.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
      const pattern5 = new RegExp("^[a-z0-9][a-z0-9-]{0,62}$", "u");
      function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        ;
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate20.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.pay_periods === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pay_periods" }, message: "must have required property 'pay_periods'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          if (data.rate_classes === void 0) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rate_classes" }, message: "must have required property 'rate_classes'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (data.holidays === void 0) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "holidays" }, message: "must have required property 'holidays'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "pay_periods" || key0 === "rate_classes" || key0 === "holidays" || key0 === "holiday_calendars" || key0 === "fairness")) {
              const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          if (data.pay_periods !== void 0) {
            let data0 = data.pay_periods;
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              if (data0.kind === void 0) {
                const err4 = { instancePath: instancePath + "/pay_periods", schemaPath: "#/properties/pay_periods/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.properties.pay_periods.required, parentSchema: schema31.properties.pay_periods, data: data0 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              if (data0.time_zone === void 0) {
                const err5 = { instancePath: instancePath + "/pay_periods", schemaPath: "#/properties/pay_periods/required", keyword: "required", params: { missingProperty: "time_zone" }, message: "must have required property 'time_zone'", schema: schema31.properties.pay_periods.required, parentSchema: schema31.properties.pay_periods, data: data0 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
              for (const key1 in data0) {
                if (!(key1 === "kind" || key1 === "time_zone" || key1 === "anchor")) {
                  const err6 = { instancePath: instancePath + "/pay_periods", schemaPath: "#/properties/pay_periods/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.pay_periods, data: data0 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              }
              if (data0.kind !== void 0) {
                let data1 = data0.kind;
                if (!(data1 === "monthly" || data1 === "semi-monthly" || data1 === "weekly" || data1 === "biweekly")) {
                  const err7 = { instancePath: instancePath + "/pay_periods/kind", schemaPath: "#/properties/pay_periods/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.pay_periods.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.pay_periods.properties.kind.enum, parentSchema: schema31.properties.pay_periods.properties.kind, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
              if (data0.time_zone !== void 0) {
                let data2 = data0.time_zone;
                if (typeof data2 === "string") {
                  if (!formats0.validate(data2)) {
                    const err8 = { instancePath: instancePath + "/pay_periods/time_zone", schemaPath: "common.schema.json#/$defs/timeZone/format", keyword: "format", params: { format: "iana-time-zone" }, message: 'must match format "iana-time-zone"', schema: "iana-time-zone", parentSchema: schema33, data: data2 };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                } else {
                  const err9 = { instancePath: instancePath + "/pay_periods/time_zone", schemaPath: "common.schema.json#/$defs/timeZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              if (data0.anchor !== void 0) {
                let data3 = data0.anchor;
                if (typeof data3 === "string") {
                  if (!formats2.validate(data3)) {
                    const err10 = { instancePath: instancePath + "/pay_periods/anchor", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34, data: data3 };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                } else {
                  const err11 = { instancePath: instancePath + "/pay_periods/anchor", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
            } else {
              const err12 = { instancePath: instancePath + "/pay_periods", schemaPath: "#/properties/pay_periods/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.pay_periods.type, parentSchema: schema31.properties.pay_periods, data: data0 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          if (data.rate_classes !== void 0) {
            let data4 = data.rate_classes;
            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
              if (data4.time_trade === void 0) {
                const err13 = { instancePath: instancePath + "/rate_classes", schemaPath: "#/properties/rate_classes/required", keyword: "required", params: { missingProperty: "time_trade" }, message: "must have required property 'time_trade'", schema: schema31.properties.rate_classes.required, parentSchema: schema31.properties.rate_classes, data: data4 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              if (data4.overtime === void 0) {
                const err14 = { instancePath: instancePath + "/rate_classes", schemaPath: "#/properties/rate_classes/required", keyword: "required", params: { missingProperty: "overtime" }, message: "must have required property 'overtime'", schema: schema31.properties.rate_classes.required, parentSchema: schema31.properties.rate_classes, data: data4 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (data4.holiday === void 0) {
                const err15 = { instancePath: instancePath + "/rate_classes", schemaPath: "#/properties/rate_classes/required", keyword: "required", params: { missingProperty: "holiday" }, message: "must have required property 'holiday'", schema: schema31.properties.rate_classes.required, parentSchema: schema31.properties.rate_classes, data: data4 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              for (const key2 in data4) {
                if (!(key2 === "time_trade" || key2 === "overtime" || key2 === "holiday")) {
                  const err16 = { instancePath: instancePath + "/rate_classes", schemaPath: "#/properties/rate_classes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.rate_classes, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
              if (data4.time_trade !== void 0) {
                let data5 = data4.time_trade;
                if (typeof data5 === "string") {
                  if (func1(data5) < 1) {
                    const err17 = { instancePath: instancePath + "/rate_classes/time_trade", schemaPath: "#/properties/rate_classes/properties/time_trade/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.rate_classes.properties.time_trade, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                } else {
                  const err18 = { instancePath: instancePath + "/rate_classes/time_trade", schemaPath: "#/properties/rate_classes/properties/time_trade/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.rate_classes.properties.time_trade.type, parentSchema: schema31.properties.rate_classes.properties.time_trade, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
              if (data4.overtime !== void 0) {
                let data6 = data4.overtime;
                if (typeof data6 === "string") {
                  if (func1(data6) < 1) {
                    const err19 = { instancePath: instancePath + "/rate_classes/overtime", schemaPath: "#/properties/rate_classes/properties/overtime/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.rate_classes.properties.overtime, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                } else {
                  const err20 = { instancePath: instancePath + "/rate_classes/overtime", schemaPath: "#/properties/rate_classes/properties/overtime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.rate_classes.properties.overtime.type, parentSchema: schema31.properties.rate_classes.properties.overtime, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
              if (data4.holiday !== void 0) {
                let data7 = data4.holiday;
                if (typeof data7 === "string") {
                  if (func1(data7) < 1) {
                    const err21 = { instancePath: instancePath + "/rate_classes/holiday", schemaPath: "#/properties/rate_classes/properties/holiday/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.rate_classes.properties.holiday, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                } else {
                  const err22 = { instancePath: instancePath + "/rate_classes/holiday", schemaPath: "#/properties/rate_classes/properties/holiday/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.rate_classes.properties.holiday.type, parentSchema: schema31.properties.rate_classes.properties.holiday, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            } else {
              const err23 = { instancePath: instancePath + "/rate_classes", schemaPath: "#/properties/rate_classes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.rate_classes.type, parentSchema: schema31.properties.rate_classes, data: data4 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          if (data.holidays !== void 0) {
            let data8 = data.holidays;
            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
              if (data8.time_zone === void 0) {
                const err24 = { instancePath: instancePath + "/holidays", schemaPath: "#/properties/holidays/required", keyword: "required", params: { missingProperty: "time_zone" }, message: "must have required property 'time_zone'", schema: schema31.properties.holidays.required, parentSchema: schema31.properties.holidays, data: data8 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              if (data8.dates === void 0) {
                const err25 = { instancePath: instancePath + "/holidays", schemaPath: "#/properties/holidays/required", keyword: "required", params: { missingProperty: "dates" }, message: "must have required property 'dates'", schema: schema31.properties.holidays.required, parentSchema: schema31.properties.holidays, data: data8 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              for (const key3 in data8) {
                if (!(key3 === "calendar" || key3 === "time_zone" || key3 === "dates")) {
                  const err26 = { instancePath: instancePath + "/holidays", schemaPath: "#/properties/holidays/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.holidays, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
              if (data8.calendar !== void 0) {
                let data9 = data8.calendar;
                if (typeof data9 !== "string") {
                  const err27 = { instancePath: instancePath + "/holidays/calendar", schemaPath: "#/properties/holidays/properties/calendar/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.holidays.properties.calendar.type, parentSchema: schema31.properties.holidays.properties.calendar, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (data8.time_zone !== void 0) {
                let data10 = data8.time_zone;
                if (typeof data10 === "string") {
                  if (!formats0.validate(data10)) {
                    const err28 = { instancePath: instancePath + "/holidays/time_zone", schemaPath: "common.schema.json#/$defs/timeZone/format", keyword: "format", params: { format: "iana-time-zone" }, message: 'must match format "iana-time-zone"', schema: "iana-time-zone", parentSchema: schema33, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                } else {
                  const err29 = { instancePath: instancePath + "/holidays/time_zone", schemaPath: "common.schema.json#/$defs/timeZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
              if (data8.dates !== void 0) {
                if (!validate22(data8.dates, { instancePath: instancePath + "/holidays/dates", parentData: data8, parentDataProperty: "dates", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate22.errors : appendErrors(vErrors, validate22.errors);
                  errors = vErrors.length;
                }
              }
            } else {
              const err30 = { instancePath: instancePath + "/holidays", schemaPath: "#/properties/holidays/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.holidays.type, parentSchema: schema31.properties.holidays, data: data8 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
          if (data.holiday_calendars !== void 0) {
            let data12 = data.holiday_calendars;
            if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
              if (Object.keys(data12).length > 50) {
                const err31 = { instancePath: instancePath + "/holiday_calendars", schemaPath: "#/properties/holiday_calendars/maxProperties", keyword: "maxProperties", params: { limit: 50 }, message: "must NOT have more than 50 properties", schema: 50, parentSchema: schema31.properties.holiday_calendars, data: data12 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              for (const key4 in data12) {
                const _errs32 = errors;
                if (typeof key4 === "string") {
                  if (!pattern5.test(key4)) {
                    const err32 = { instancePath: instancePath + "/holiday_calendars", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema39, data: key4, propertyName: key4 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                } else {
                  const err33 = { instancePath: instancePath + "/holiday_calendars", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: key4, propertyName: key4 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                var valid7 = _errs32 === errors;
                if (!valid7) {
                  const err34 = { instancePath: instancePath + "/holiday_calendars", schemaPath: "#/properties/holiday_calendars/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema31.properties.holiday_calendars.propertyNames, parentSchema: schema31.properties.holiday_calendars, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
              for (const key5 in data12) {
                let data13 = data12[key5];
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                  if (data13.name === void 0) {
                    const err35 = { instancePath: instancePath + "/holiday_calendars/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/holiday_calendars/additionalProperties/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.holiday_calendars.additionalProperties.required, parentSchema: schema31.properties.holiday_calendars.additionalProperties, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                  if (data13.time_zone === void 0) {
                    const err36 = { instancePath: instancePath + "/holiday_calendars/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/holiday_calendars/additionalProperties/required", keyword: "required", params: { missingProperty: "time_zone" }, message: "must have required property 'time_zone'", schema: schema31.properties.holiday_calendars.additionalProperties.required, parentSchema: schema31.properties.holiday_calendars.additionalProperties, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                  if (data13.dates === void 0) {
                    const err37 = { instancePath: instancePath + "/holiday_calendars/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/holiday_calendars/additionalProperties/required", keyword: "required", params: { missingProperty: "dates" }, message: "must have required property 'dates'", schema: schema31.properties.holiday_calendars.additionalProperties.required, parentSchema: schema31.properties.holiday_calendars.additionalProperties, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                  for (const key6 in data13) {
                    if (!(key6 === "name" || key6 === "time_zone" || key6 === "dates")) {
                      const err38 = { instancePath: instancePath + "/holiday_calendars/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/holiday_calendars/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.holiday_calendars.additionalProperties, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  }
                  if (data13.name !== void 0) {
                    let data14 = data13.name;
                    if (typeof data14 === "string") {
                      if (func1(data14) > 100) {
                        const err39 = { instancePath: instancePath + "/holiday_calendars/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema38, data: data14 };
                        if (vErrors === null) {
                          vErrors = [err39];
                        } else {
                          vErrors.push(err39);
                        }
                        errors++;
                      }
                      if (!pattern4.test(data14)) {
                        const err40 = { instancePath: instancePath + "/holiday_calendars/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$" }, message: 'must match pattern "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"', schema: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$", parentSchema: schema38, data: data14 };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    } else {
                      const err41 = { instancePath: instancePath + "/holiday_calendars/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                    if (typeof data14 === "string") {
                      if (func1(data14) < 1) {
                        const err42 = { instancePath: instancePath + "/holiday_calendars/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/holiday_calendars/additionalProperties/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.holiday_calendars.additionalProperties.properties.name, data: data14 };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                  }
                  if (data13.time_zone !== void 0) {
                    let data15 = data13.time_zone;
                    if (typeof data15 === "string") {
                      if (!formats0.validate(data15)) {
                        const err43 = { instancePath: instancePath + "/holiday_calendars/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/time_zone", schemaPath: "common.schema.json#/$defs/timeZone/format", keyword: "format", params: { format: "iana-time-zone" }, message: 'must match format "iana-time-zone"', schema: "iana-time-zone", parentSchema: schema33, data: data15 };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    } else {
                      const err44 = { instancePath: instancePath + "/holiday_calendars/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/time_zone", schemaPath: "common.schema.json#/$defs/timeZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  }
                  if (data13.dates !== void 0) {
                    if (!validate22(data13.dates, { instancePath: instancePath + "/holiday_calendars/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/dates", parentData: data13, parentDataProperty: "dates", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate22.errors : appendErrors(vErrors, validate22.errors);
                      errors = vErrors.length;
                    }
                  }
                } else {
                  const err45 = { instancePath: instancePath + "/holiday_calendars/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/holiday_calendars/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.holiday_calendars.additionalProperties.type, parentSchema: schema31.properties.holiday_calendars.additionalProperties, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              }
            } else {
              const err46 = { instancePath: instancePath + "/holiday_calendars", schemaPath: "#/properties/holiday_calendars/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.holiday_calendars.type, parentSchema: schema31.properties.holiday_calendars, data: data12 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          if (data.fairness !== void 0) {
            let data17 = data.fairness;
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
              for (const key7 in data17) {
                if (!(key7 === "weights" || key7 === "min_rest_hours" || key7 === "max_hours_per_quarter")) {
                  const err47 = { instancePath: instancePath + "/fairness", schemaPath: "#/properties/fairness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.fairness, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              }
              if (data17.weights !== void 0) {
                let data18 = data17.weights;
                if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                  for (const key8 in data18) {
                    if (!(key8 === "business" || key8 === "after_hours" || key8 === "weekend" || key8 === "holiday")) {
                      const err48 = { instancePath: instancePath + "/fairness/weights", schemaPath: "#/properties/fairness/properties/weights/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.fairness.properties.weights, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  }
                  if (data18.business !== void 0) {
                    let data19 = data18.business;
                    if (typeof data19 == "number" && isFinite(data19)) {
                      if (data19 < 0 || isNaN(data19)) {
                        const err49 = { instancePath: instancePath + "/fairness/weights/business", schemaPath: "#/properties/fairness/properties/weights/properties/business/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.fairness.properties.weights.properties.business, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      }
                    } else {
                      const err50 = { instancePath: instancePath + "/fairness/weights/business", schemaPath: "#/properties/fairness/properties/weights/properties/business/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.fairness.properties.weights.properties.business.type, parentSchema: schema31.properties.fairness.properties.weights.properties.business, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  }
                  if (data18.after_hours !== void 0) {
                    let data20 = data18.after_hours;
                    if (typeof data20 == "number" && isFinite(data20)) {
                      if (data20 < 0 || isNaN(data20)) {
                        const err51 = { instancePath: instancePath + "/fairness/weights/after_hours", schemaPath: "#/properties/fairness/properties/weights/properties/after_hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.fairness.properties.weights.properties.after_hours, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err51];
                        } else {
                          vErrors.push(err51);
                        }
                        errors++;
                      }
                    } else {
                      const err52 = { instancePath: instancePath + "/fairness/weights/after_hours", schemaPath: "#/properties/fairness/properties/weights/properties/after_hours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.fairness.properties.weights.properties.after_hours.type, parentSchema: schema31.properties.fairness.properties.weights.properties.after_hours, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  }
                  if (data18.weekend !== void 0) {
                    let data21 = data18.weekend;
                    if (typeof data21 == "number" && isFinite(data21)) {
                      if (data21 < 0 || isNaN(data21)) {
                        const err53 = { instancePath: instancePath + "/fairness/weights/weekend", schemaPath: "#/properties/fairness/properties/weights/properties/weekend/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.fairness.properties.weights.properties.weekend, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err53];
                        } else {
                          vErrors.push(err53);
                        }
                        errors++;
                      }
                    } else {
                      const err54 = { instancePath: instancePath + "/fairness/weights/weekend", schemaPath: "#/properties/fairness/properties/weights/properties/weekend/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.fairness.properties.weights.properties.weekend.type, parentSchema: schema31.properties.fairness.properties.weights.properties.weekend, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  }
                  if (data18.holiday !== void 0) {
                    let data22 = data18.holiday;
                    if (typeof data22 == "number" && isFinite(data22)) {
                      if (data22 < 0 || isNaN(data22)) {
                        const err55 = { instancePath: instancePath + "/fairness/weights/holiday", schemaPath: "#/properties/fairness/properties/weights/properties/holiday/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.fairness.properties.weights.properties.holiday, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err55];
                        } else {
                          vErrors.push(err55);
                        }
                        errors++;
                      }
                    } else {
                      const err56 = { instancePath: instancePath + "/fairness/weights/holiday", schemaPath: "#/properties/fairness/properties/weights/properties/holiday/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.fairness.properties.weights.properties.holiday.type, parentSchema: schema31.properties.fairness.properties.weights.properties.holiday, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err57 = { instancePath: instancePath + "/fairness/weights", schemaPath: "#/properties/fairness/properties/weights/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.fairness.properties.weights.type, parentSchema: schema31.properties.fairness.properties.weights, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              }
              if (data17.min_rest_hours !== void 0) {
                let data23 = data17.min_rest_hours;
                if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                  const err58 = { instancePath: instancePath + "/fairness/min_rest_hours", schemaPath: "#/properties/fairness/properties/min_rest_hours/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.fairness.properties.min_rest_hours.type, parentSchema: schema31.properties.fairness.properties.min_rest_hours, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                if (typeof data23 == "number" && isFinite(data23)) {
                  if (data23 > 168 || isNaN(data23)) {
                    const err59 = { instancePath: instancePath + "/fairness/min_rest_hours", schemaPath: "#/properties/fairness/properties/min_rest_hours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 168 }, message: "must be <= 168", schema: 168, parentSchema: schema31.properties.fairness.properties.min_rest_hours, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                  if (data23 < 0 || isNaN(data23)) {
                    const err60 = { instancePath: instancePath + "/fairness/min_rest_hours", schemaPath: "#/properties/fairness/properties/min_rest_hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.fairness.properties.min_rest_hours, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
              }
              if (data17.max_hours_per_quarter !== void 0) {
                let data24 = data17.max_hours_per_quarter;
                if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                  const err61 = { instancePath: instancePath + "/fairness/max_hours_per_quarter", schemaPath: "#/properties/fairness/properties/max_hours_per_quarter/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.fairness.properties.max_hours_per_quarter.type, parentSchema: schema31.properties.fairness.properties.max_hours_per_quarter, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                if (typeof data24 == "number" && isFinite(data24)) {
                  if (data24 < 1 || isNaN(data24)) {
                    const err62 = { instancePath: instancePath + "/fairness/max_hours_per_quarter", schemaPath: "#/properties/fairness/properties/max_hours_per_quarter/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.fairness.properties.max_hours_per_quarter, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err63 = { instancePath: instancePath + "/fairness", schemaPath: "#/properties/fairness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.fairness.type, parentSchema: schema31.properties.fairness, data: data17 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          }
        } else {
          const err64 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
        validate20.errors = vErrors;
        return errors === 0;
      }
      validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      exports2["contacts.schema.json"] = validate25;
      const schema42 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://oncall-as-code.dev/schemas/contacts.schema.json", "title": "Emergency contacts (oncall/contacts.yaml)", "description": "The escalation path as people read it, external services' support contacts, and the team's channels.", "type": "object", "additionalProperties": false, "required": ["escalation_path", "external"], "properties": { "escalation_path": { "type": "object", "additionalProperties": false, "required": ["policy", "levels"], "properties": { "policy": { "$ref": "common.schema.json#/$defs/id", "description": "The escalation policy this path describes." }, "levels": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["level", "contact", "when"], "properties": { "level": { "type": "integer", "minimum": 1 }, "contact": { "$ref": "common.schema.json#/$defs/target" }, "when": { "type": "string", "minLength": 1 } } } } } }, "external": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "name", "contact", "issue_type"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id" }, "name": { "$ref": "common.schema.json#/$defs/name", "minLength": 1 }, "contact": { "type": "string", "format": "uri", "description": "Where to ask for support." }, "issue_type": { "type": "string", "minLength": 1 } } } }, "channels": { "type": "object", "description": "Team chat channels by purpose.", "additionalProperties": false, "properties": { "alerts": { "$ref": "#/$defs/channel" }, "swaps": { "$ref": "#/$defs/channel" }, "incidents": { "$ref": "#/$defs/channel" } } } }, "$defs": { "channel": { "type": "string", "pattern": "^#[a-z0-9][a-z0-9_-]*$", "examples": ["#on-call-swaps"] } }, "examples": [{ "escalation_path": { "policy": "edustream-engineering", "levels": [{ "level": 1, "contact": { "schedule": "primary" }, "when": "First responder" }] }, "external": [{ "id": "stripe", "name": "Stripe", "contact": "https://stripe.com/support", "issue_type": "Payment issues" }], "channels": { "swaps": "#on-call-swaps" } }] };
      const schema49 = { "type": "string", "pattern": "^#[a-z0-9][a-z0-9_-]*$", "examples": ["#on-call-swaps"] };
      const pattern12 = new RegExp("^#[a-z0-9][a-z0-9_-]*$", "u");
      const schema44 = { "type": "object", "description": "Who is paged: a schedule from rotations.yaml or a person from team.yaml.", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "schedule": { "$ref": "#/$defs/id", "description": "The id of a schedule in rotations.yaml." }, "person": { "$ref": "#/$defs/personRef" } }, "examples": [{ "schedule": "primary" }, { "person": "cto" }] };
      const schema46 = { "type": "string", "description": "The id of a person in team.yaml.", "pattern": "^[a-z0-9][a-z0-9-]{0,62}$", "examples": ["engineer-a"] };
      function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate26.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (Object.keys(data).length > 1) {
            const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema44, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          if (Object.keys(data).length < 1) {
            const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema44, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "schedule" || key0 === "person")) {
              const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          if (data.schedule !== void 0) {
            let data0 = data.schedule;
            if (typeof data0 === "string") {
              if (!pattern5.test(data0)) {
                const err3 = { instancePath: instancePath + "/schedule", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema39, data: data0 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            } else {
              const err4 = { instancePath: instancePath + "/schedule", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data0 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          if (data.person !== void 0) {
            let data1 = data.person;
            if (typeof data1 === "string") {
              if (!pattern5.test(data1)) {
                const err5 = { instancePath: instancePath + "/person", schemaPath: "#/$defs/personRef/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema46, data: data1 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            } else {
              const err6 = { instancePath: instancePath + "/person", schemaPath: "#/$defs/personRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        } else {
          const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        validate26.errors = vErrors;
        return errors === 0;
      }
      validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      const formats10 = formats.uri;
      function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        ;
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate25.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.escalation_path === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "escalation_path" }, message: "must have required property 'escalation_path'", schema: schema42.required, parentSchema: schema42, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          if (data.external === void 0) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "external" }, message: "must have required property 'external'", schema: schema42.required, parentSchema: schema42, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "escalation_path" || key0 === "external" || key0 === "channels")) {
              const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          if (data.escalation_path !== void 0) {
            let data0 = data.escalation_path;
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              if (data0.policy === void 0) {
                const err3 = { instancePath: instancePath + "/escalation_path", schemaPath: "#/properties/escalation_path/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: schema42.properties.escalation_path.required, parentSchema: schema42.properties.escalation_path, data: data0 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
              if (data0.levels === void 0) {
                const err4 = { instancePath: instancePath + "/escalation_path", schemaPath: "#/properties/escalation_path/required", keyword: "required", params: { missingProperty: "levels" }, message: "must have required property 'levels'", schema: schema42.properties.escalation_path.required, parentSchema: schema42.properties.escalation_path, data: data0 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              for (const key1 in data0) {
                if (!(key1 === "policy" || key1 === "levels")) {
                  const err5 = { instancePath: instancePath + "/escalation_path", schemaPath: "#/properties/escalation_path/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42.properties.escalation_path, data: data0 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              }
              if (data0.policy !== void 0) {
                let data1 = data0.policy;
                if (typeof data1 === "string") {
                  if (!pattern5.test(data1)) {
                    const err6 = { instancePath: instancePath + "/escalation_path/policy", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema39, data: data1 };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                } else {
                  const err7 = { instancePath: instancePath + "/escalation_path/policy", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
              if (data0.levels !== void 0) {
                let data2 = data0.levels;
                if (Array.isArray(data2)) {
                  if (data2.length < 1) {
                    const err8 = { instancePath: instancePath + "/escalation_path/levels", schemaPath: "#/properties/escalation_path/properties/levels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema42.properties.escalation_path.properties.levels, data: data2 };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                      if (data3.level === void 0) {
                        const err9 = { instancePath: instancePath + "/escalation_path/levels/" + i0, schemaPath: "#/properties/escalation_path/properties/levels/items/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'", schema: schema42.properties.escalation_path.properties.levels.items.required, parentSchema: schema42.properties.escalation_path.properties.levels.items, data: data3 };
                        if (vErrors === null) {
                          vErrors = [err9];
                        } else {
                          vErrors.push(err9);
                        }
                        errors++;
                      }
                      if (data3.contact === void 0) {
                        const err10 = { instancePath: instancePath + "/escalation_path/levels/" + i0, schemaPath: "#/properties/escalation_path/properties/levels/items/required", keyword: "required", params: { missingProperty: "contact" }, message: "must have required property 'contact'", schema: schema42.properties.escalation_path.properties.levels.items.required, parentSchema: schema42.properties.escalation_path.properties.levels.items, data: data3 };
                        if (vErrors === null) {
                          vErrors = [err10];
                        } else {
                          vErrors.push(err10);
                        }
                        errors++;
                      }
                      if (data3.when === void 0) {
                        const err11 = { instancePath: instancePath + "/escalation_path/levels/" + i0, schemaPath: "#/properties/escalation_path/properties/levels/items/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'", schema: schema42.properties.escalation_path.properties.levels.items.required, parentSchema: schema42.properties.escalation_path.properties.levels.items, data: data3 };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                      for (const key2 in data3) {
                        if (!(key2 === "level" || key2 === "contact" || key2 === "when")) {
                          const err12 = { instancePath: instancePath + "/escalation_path/levels/" + i0, schemaPath: "#/properties/escalation_path/properties/levels/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42.properties.escalation_path.properties.levels.items, data: data3 };
                          if (vErrors === null) {
                            vErrors = [err12];
                          } else {
                            vErrors.push(err12);
                          }
                          errors++;
                        }
                      }
                      if (data3.level !== void 0) {
                        let data4 = data3.level;
                        if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                          const err13 = { instancePath: instancePath + "/escalation_path/levels/" + i0 + "/level", schemaPath: "#/properties/escalation_path/properties/levels/items/properties/level/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema42.properties.escalation_path.properties.levels.items.properties.level.type, parentSchema: schema42.properties.escalation_path.properties.levels.items.properties.level, data: data4 };
                          if (vErrors === null) {
                            vErrors = [err13];
                          } else {
                            vErrors.push(err13);
                          }
                          errors++;
                        }
                        if (typeof data4 == "number" && isFinite(data4)) {
                          if (data4 < 1 || isNaN(data4)) {
                            const err14 = { instancePath: instancePath + "/escalation_path/levels/" + i0 + "/level", schemaPath: "#/properties/escalation_path/properties/levels/items/properties/level/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema42.properties.escalation_path.properties.levels.items.properties.level, data: data4 };
                            if (vErrors === null) {
                              vErrors = [err14];
                            } else {
                              vErrors.push(err14);
                            }
                            errors++;
                          }
                        }
                      }
                      if (data3.contact !== void 0) {
                        if (!validate26(data3.contact, { instancePath: instancePath + "/escalation_path/levels/" + i0 + "/contact", parentData: data3, parentDataProperty: "contact", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate26.errors : appendErrors(vErrors, validate26.errors);
                          errors = vErrors.length;
                        }
                      }
                      if (data3.when !== void 0) {
                        let data6 = data3.when;
                        if (typeof data6 === "string") {
                          if (func1(data6) < 1) {
                            const err15 = { instancePath: instancePath + "/escalation_path/levels/" + i0 + "/when", schemaPath: "#/properties/escalation_path/properties/levels/items/properties/when/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.escalation_path.properties.levels.items.properties.when, data: data6 };
                            if (vErrors === null) {
                              vErrors = [err15];
                            } else {
                              vErrors.push(err15);
                            }
                            errors++;
                          }
                        } else {
                          const err16 = { instancePath: instancePath + "/escalation_path/levels/" + i0 + "/when", schemaPath: "#/properties/escalation_path/properties/levels/items/properties/when/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.escalation_path.properties.levels.items.properties.when.type, parentSchema: schema42.properties.escalation_path.properties.levels.items.properties.when, data: data6 };
                          if (vErrors === null) {
                            vErrors = [err16];
                          } else {
                            vErrors.push(err16);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err17 = { instancePath: instancePath + "/escalation_path/levels/" + i0, schemaPath: "#/properties/escalation_path/properties/levels/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties.escalation_path.properties.levels.items.type, parentSchema: schema42.properties.escalation_path.properties.levels.items, data: data3 };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err18 = { instancePath: instancePath + "/escalation_path/levels", schemaPath: "#/properties/escalation_path/properties/levels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.escalation_path.properties.levels.type, parentSchema: schema42.properties.escalation_path.properties.levels, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
            } else {
              const err19 = { instancePath: instancePath + "/escalation_path", schemaPath: "#/properties/escalation_path/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties.escalation_path.type, parentSchema: schema42.properties.escalation_path, data: data0 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          if (data.external !== void 0) {
            let data7 = data.external;
            if (Array.isArray(data7)) {
              const len1 = data7.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data8 = data7[i1];
                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                  if (data8.id === void 0) {
                    const err20 = { instancePath: instancePath + "/external/" + i1, schemaPath: "#/properties/external/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema42.properties.external.items.required, parentSchema: schema42.properties.external.items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                  if (data8.name === void 0) {
                    const err21 = { instancePath: instancePath + "/external/" + i1, schemaPath: "#/properties/external/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema42.properties.external.items.required, parentSchema: schema42.properties.external.items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                  if (data8.contact === void 0) {
                    const err22 = { instancePath: instancePath + "/external/" + i1, schemaPath: "#/properties/external/items/required", keyword: "required", params: { missingProperty: "contact" }, message: "must have required property 'contact'", schema: schema42.properties.external.items.required, parentSchema: schema42.properties.external.items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                  if (data8.issue_type === void 0) {
                    const err23 = { instancePath: instancePath + "/external/" + i1, schemaPath: "#/properties/external/items/required", keyword: "required", params: { missingProperty: "issue_type" }, message: "must have required property 'issue_type'", schema: schema42.properties.external.items.required, parentSchema: schema42.properties.external.items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                  for (const key3 in data8) {
                    if (!(key3 === "id" || key3 === "name" || key3 === "contact" || key3 === "issue_type")) {
                      const err24 = { instancePath: instancePath + "/external/" + i1, schemaPath: "#/properties/external/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42.properties.external.items, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  }
                  if (data8.id !== void 0) {
                    let data9 = data8.id;
                    if (typeof data9 === "string") {
                      if (!pattern5.test(data9)) {
                        const err25 = { instancePath: instancePath + "/external/" + i1 + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema39, data: data9 };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    } else {
                      const err26 = { instancePath: instancePath + "/external/" + i1 + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  }
                  if (data8.name !== void 0) {
                    let data10 = data8.name;
                    if (typeof data10 === "string") {
                      if (func1(data10) > 100) {
                        const err27 = { instancePath: instancePath + "/external/" + i1 + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema38, data: data10 };
                        if (vErrors === null) {
                          vErrors = [err27];
                        } else {
                          vErrors.push(err27);
                        }
                        errors++;
                      }
                      if (!pattern4.test(data10)) {
                        const err28 = { instancePath: instancePath + "/external/" + i1 + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$" }, message: 'must match pattern "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"', schema: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$", parentSchema: schema38, data: data10 };
                        if (vErrors === null) {
                          vErrors = [err28];
                        } else {
                          vErrors.push(err28);
                        }
                        errors++;
                      }
                    } else {
                      const err29 = { instancePath: instancePath + "/external/" + i1 + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                    if (typeof data10 === "string") {
                      if (func1(data10) < 1) {
                        const err30 = { instancePath: instancePath + "/external/" + i1 + "/name", schemaPath: "#/properties/external/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.external.items.properties.name, data: data10 };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    }
                  }
                  if (data8.contact !== void 0) {
                    let data11 = data8.contact;
                    if (typeof data11 === "string") {
                      if (!formats10(data11)) {
                        const err31 = { instancePath: instancePath + "/external/" + i1 + "/contact", schemaPath: "#/properties/external/items/properties/contact/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema42.properties.external.items.properties.contact, data: data11 };
                        if (vErrors === null) {
                          vErrors = [err31];
                        } else {
                          vErrors.push(err31);
                        }
                        errors++;
                      }
                    } else {
                      const err32 = { instancePath: instancePath + "/external/" + i1 + "/contact", schemaPath: "#/properties/external/items/properties/contact/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.external.items.properties.contact.type, parentSchema: schema42.properties.external.items.properties.contact, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  }
                  if (data8.issue_type !== void 0) {
                    let data12 = data8.issue_type;
                    if (typeof data12 === "string") {
                      if (func1(data12) < 1) {
                        const err33 = { instancePath: instancePath + "/external/" + i1 + "/issue_type", schemaPath: "#/properties/external/items/properties/issue_type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.external.items.properties.issue_type, data: data12 };
                        if (vErrors === null) {
                          vErrors = [err33];
                        } else {
                          vErrors.push(err33);
                        }
                        errors++;
                      }
                    } else {
                      const err34 = { instancePath: instancePath + "/external/" + i1 + "/issue_type", schemaPath: "#/properties/external/items/properties/issue_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.external.items.properties.issue_type.type, parentSchema: schema42.properties.external.items.properties.issue_type, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err35 = { instancePath: instancePath + "/external/" + i1, schemaPath: "#/properties/external/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties.external.items.type, parentSchema: schema42.properties.external.items, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
            } else {
              const err36 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.external.type, parentSchema: schema42.properties.external, data: data7 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
          if (data.channels !== void 0) {
            let data13 = data.channels;
            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
              for (const key4 in data13) {
                if (!(key4 === "alerts" || key4 === "swaps" || key4 === "incidents")) {
                  const err37 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42.properties.channels, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
              if (data13.alerts !== void 0) {
                let data14 = data13.alerts;
                if (typeof data14 === "string") {
                  if (!pattern12.test(data14)) {
                    const err38 = { instancePath: instancePath + "/channels/alerts", schemaPath: "#/$defs/channel/pattern", keyword: "pattern", params: { pattern: "^#[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^#[a-z0-9][a-z0-9_-]*$"', schema: "^#[a-z0-9][a-z0-9_-]*$", parentSchema: schema49, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                } else {
                  const err39 = { instancePath: instancePath + "/channels/alerts", schemaPath: "#/$defs/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              }
              if (data13.swaps !== void 0) {
                let data15 = data13.swaps;
                if (typeof data15 === "string") {
                  if (!pattern12.test(data15)) {
                    const err40 = { instancePath: instancePath + "/channels/swaps", schemaPath: "#/$defs/channel/pattern", keyword: "pattern", params: { pattern: "^#[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^#[a-z0-9][a-z0-9_-]*$"', schema: "^#[a-z0-9][a-z0-9_-]*$", parentSchema: schema49, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                } else {
                  const err41 = { instancePath: instancePath + "/channels/swaps", schemaPath: "#/$defs/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              }
              if (data13.incidents !== void 0) {
                let data16 = data13.incidents;
                if (typeof data16 === "string") {
                  if (!pattern12.test(data16)) {
                    const err42 = { instancePath: instancePath + "/channels/incidents", schemaPath: "#/$defs/channel/pattern", keyword: "pattern", params: { pattern: "^#[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^#[a-z0-9][a-z0-9_-]*$"', schema: "^#[a-z0-9][a-z0-9_-]*$", parentSchema: schema49, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                } else {
                  const err43 = { instancePath: instancePath + "/channels/incidents", schemaPath: "#/$defs/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              }
            } else {
              const err44 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties.channels.type, parentSchema: schema42.properties.channels, data: data13 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        } else {
          const err45 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        validate25.errors = vErrors;
        return errors === 0;
      }
      validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      exports2["coverage.schema.json"] = validate28;
      const schema52 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://oncall-as-code.dev/schemas/coverage.schema.json", "title": "Coverage hours and response targets (oncall/coverage.yaml)", "description": "Business hours in a named time zone (after hours is every other time) and how fast each severity must be acknowledged in each.", "type": "object", "additionalProperties": false, "required": ["time_zone", "business_hours", "response_minutes"], "properties": { "time_zone": { "$ref": "common.schema.json#/$defs/timeZone", "description": "The zone business hours are read in." }, "business_hours": { "type": "object", "additionalProperties": false, "required": ["days", "start", "end"], "properties": { "days": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/weekday" } }, "start": { "$ref": "common.schema.json#/$defs/clockTime" }, "end": { "$ref": "common.schema.json#/$defs/clockTime" } } }, "response_minutes": { "type": "object", "description": "Per severity id: the minutes to acknowledge in business hours and after hours.", "propertyNames": { "$ref": "common.schema.json#/$defs/severityRef" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["business_hours", "after_hours"], "properties": { "business_hours": { "$ref": "common.schema.json#/$defs/minutes" }, "after_hours": { "$ref": "common.schema.json#/$defs/minutes" } } }, "examples": [{ "P0": { "business_hours": 15, "after_hours": 30 } }] } }, "examples": [{ "time_zone": "Europe/London", "business_hours": { "days": ["monday", "tuesday", "wednesday", "thursday", "friday"], "start": "09:00", "end": "18:00" }, "response_minutes": { "P0": { "business_hours": 15, "after_hours": 30 } } }] };
      const schema54 = { "enum": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] };
      const schema55 = { "type": "string", "description": "A time of day, HH:MM (24-hour clock); 24:00 is the end of the day.", "pattern": "^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$", "examples": ["09:00", "18:00"] };
      const schema57 = { "type": "string", "description": "The id of a severity in severities.yaml.", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,15}$", "examples": ["P0"] };
      const schema58 = { "type": "integer", "description": "A whole number of minutes.", "minimum": 0, "maximum": 525600 };
      const func0 = require_equal().default;
      const pattern15 = new RegExp("^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$", "u");
      const pattern17 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,15}$", "u");
      function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        ;
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate28.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.time_zone === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "time_zone" }, message: "must have required property 'time_zone'", schema: schema52.required, parentSchema: schema52, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          if (data.business_hours === void 0) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "business_hours" }, message: "must have required property 'business_hours'", schema: schema52.required, parentSchema: schema52, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (data.response_minutes === void 0) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "response_minutes" }, message: "must have required property 'response_minutes'", schema: schema52.required, parentSchema: schema52, data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "time_zone" || key0 === "business_hours" || key0 === "response_minutes")) {
              const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          if (data.time_zone !== void 0) {
            let data0 = data.time_zone;
            if (typeof data0 === "string") {
              if (!formats0.validate(data0)) {
                const err4 = { instancePath: instancePath + "/time_zone", schemaPath: "common.schema.json#/$defs/timeZone/format", keyword: "format", params: { format: "iana-time-zone" }, message: 'must match format "iana-time-zone"', schema: "iana-time-zone", parentSchema: schema33, data: data0 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            } else {
              const err5 = { instancePath: instancePath + "/time_zone", schemaPath: "common.schema.json#/$defs/timeZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (data.business_hours !== void 0) {
            let data1 = data.business_hours;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
              if (data1.days === void 0) {
                const err6 = { instancePath: instancePath + "/business_hours", schemaPath: "#/properties/business_hours/required", keyword: "required", params: { missingProperty: "days" }, message: "must have required property 'days'", schema: schema52.properties.business_hours.required, parentSchema: schema52.properties.business_hours, data: data1 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              if (data1.start === void 0) {
                const err7 = { instancePath: instancePath + "/business_hours", schemaPath: "#/properties/business_hours/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema52.properties.business_hours.required, parentSchema: schema52.properties.business_hours, data: data1 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
              if (data1.end === void 0) {
                const err8 = { instancePath: instancePath + "/business_hours", schemaPath: "#/properties/business_hours/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema52.properties.business_hours.required, parentSchema: schema52.properties.business_hours, data: data1 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              for (const key1 in data1) {
                if (!(key1 === "days" || key1 === "start" || key1 === "end")) {
                  const err9 = { instancePath: instancePath + "/business_hours", schemaPath: "#/properties/business_hours/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52.properties.business_hours, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              if (data1.days !== void 0) {
                let data2 = data1.days;
                if (Array.isArray(data2)) {
                  if (data2.length < 1) {
                    const err10 = { instancePath: instancePath + "/business_hours/days", schemaPath: "#/properties/business_hours/properties/days/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema52.properties.business_hours.properties.days, data: data2 };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    if (!(data3 === "monday" || data3 === "tuesday" || data3 === "wednesday" || data3 === "thursday" || data3 === "friday" || data3 === "saturday" || data3 === "sunday")) {
                      const err11 = { instancePath: instancePath + "/business_hours/days/" + i0, schemaPath: "common.schema.json#/$defs/weekday/enum", keyword: "enum", params: { allowedValues: schema54.enum }, message: "must be equal to one of the allowed values", schema: schema54.enum, parentSchema: schema54, data: data3 };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                  }
                  let i1 = data2.length;
                  let j0;
                  if (i1 > 1) {
                    outer0: for (; i1--; ) {
                      for (j0 = i1; j0--; ) {
                        if (func0(data2[i1], data2[j0])) {
                          const err12 = { instancePath: instancePath + "/business_hours/days", schemaPath: "#/properties/business_hours/properties/days/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema52.properties.business_hours.properties.days, data: data2 };
                          if (vErrors === null) {
                            vErrors = [err12];
                          } else {
                            vErrors.push(err12);
                          }
                          errors++;
                          break outer0;
                        }
                      }
                    }
                  }
                } else {
                  const err13 = { instancePath: instancePath + "/business_hours/days", schemaPath: "#/properties/business_hours/properties/days/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.business_hours.properties.days.type, parentSchema: schema52.properties.business_hours.properties.days, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              if (data1.start !== void 0) {
                let data4 = data1.start;
                if (typeof data4 === "string") {
                  if (!pattern15.test(data4)) {
                    const err14 = { instancePath: instancePath + "/business_hours/start", schemaPath: "common.schema.json#/$defs/clockTime/pattern", keyword: "pattern", params: { pattern: "^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$" }, message: 'must match pattern "^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$"', schema: "^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$", parentSchema: schema55, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                } else {
                  const err15 = { instancePath: instancePath + "/business_hours/start", schemaPath: "common.schema.json#/$defs/clockTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.type, parentSchema: schema55, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
              if (data1.end !== void 0) {
                let data5 = data1.end;
                if (typeof data5 === "string") {
                  if (!pattern15.test(data5)) {
                    const err16 = { instancePath: instancePath + "/business_hours/end", schemaPath: "common.schema.json#/$defs/clockTime/pattern", keyword: "pattern", params: { pattern: "^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$" }, message: 'must match pattern "^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$"', schema: "^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$", parentSchema: schema55, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                } else {
                  const err17 = { instancePath: instancePath + "/business_hours/end", schemaPath: "common.schema.json#/$defs/clockTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.type, parentSchema: schema55, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
            } else {
              const err18 = { instancePath: instancePath + "/business_hours", schemaPath: "#/properties/business_hours/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.business_hours.type, parentSchema: schema52.properties.business_hours, data: data1 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          if (data.response_minutes !== void 0) {
            let data6 = data.response_minutes;
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
              for (const key2 in data6) {
                const _errs20 = errors;
                if (typeof key2 === "string") {
                  if (!pattern17.test(key2)) {
                    const err19 = { instancePath: instancePath + "/response_minutes", schemaPath: "common.schema.json#/$defs/severityRef/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,15}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,15}$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]{0,15}$", parentSchema: schema57, data: key2, propertyName: key2 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                } else {
                  const err20 = { instancePath: instancePath + "/response_minutes", schemaPath: "common.schema.json#/$defs/severityRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.type, parentSchema: schema57, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                var valid9 = _errs20 === errors;
                if (!valid9) {
                  const err21 = { instancePath: instancePath + "/response_minutes", schemaPath: "#/properties/response_minutes/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema52.properties.response_minutes.propertyNames, parentSchema: schema52.properties.response_minutes, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
              for (const key3 in data6) {
                let data7 = data6[key3];
                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                  if (data7.business_hours === void 0) {
                    const err22 = { instancePath: instancePath + "/response_minutes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/response_minutes/additionalProperties/required", keyword: "required", params: { missingProperty: "business_hours" }, message: "must have required property 'business_hours'", schema: schema52.properties.response_minutes.additionalProperties.required, parentSchema: schema52.properties.response_minutes.additionalProperties, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                  if (data7.after_hours === void 0) {
                    const err23 = { instancePath: instancePath + "/response_minutes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/response_minutes/additionalProperties/required", keyword: "required", params: { missingProperty: "after_hours" }, message: "must have required property 'after_hours'", schema: schema52.properties.response_minutes.additionalProperties.required, parentSchema: schema52.properties.response_minutes.additionalProperties, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                  for (const key4 in data7) {
                    if (!(key4 === "business_hours" || key4 === "after_hours")) {
                      const err24 = { instancePath: instancePath + "/response_minutes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/response_minutes/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52.properties.response_minutes.additionalProperties, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  }
                  if (data7.business_hours !== void 0) {
                    let data8 = data7.business_hours;
                    if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                      const err25 = { instancePath: instancePath + "/response_minutes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/business_hours", schemaPath: "common.schema.json#/$defs/minutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema58.type, parentSchema: schema58, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                    if (typeof data8 == "number" && isFinite(data8)) {
                      if (data8 > 525600 || isNaN(data8)) {
                        const err26 = { instancePath: instancePath + "/response_minutes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/business_hours", schemaPath: "common.schema.json#/$defs/minutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 525600 }, message: "must be <= 525600", schema: 525600, parentSchema: schema58, data: data8 };
                        if (vErrors === null) {
                          vErrors = [err26];
                        } else {
                          vErrors.push(err26);
                        }
                        errors++;
                      }
                      if (data8 < 0 || isNaN(data8)) {
                        const err27 = { instancePath: instancePath + "/response_minutes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/business_hours", schemaPath: "common.schema.json#/$defs/minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema58, data: data8 };
                        if (vErrors === null) {
                          vErrors = [err27];
                        } else {
                          vErrors.push(err27);
                        }
                        errors++;
                      }
                    }
                  }
                  if (data7.after_hours !== void 0) {
                    let data9 = data7.after_hours;
                    if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                      const err28 = { instancePath: instancePath + "/response_minutes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/after_hours", schemaPath: "common.schema.json#/$defs/minutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema58.type, parentSchema: schema58, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                    if (typeof data9 == "number" && isFinite(data9)) {
                      if (data9 > 525600 || isNaN(data9)) {
                        const err29 = { instancePath: instancePath + "/response_minutes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/after_hours", schemaPath: "common.schema.json#/$defs/minutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 525600 }, message: "must be <= 525600", schema: 525600, parentSchema: schema58, data: data9 };
                        if (vErrors === null) {
                          vErrors = [err29];
                        } else {
                          vErrors.push(err29);
                        }
                        errors++;
                      }
                      if (data9 < 0 || isNaN(data9)) {
                        const err30 = { instancePath: instancePath + "/response_minutes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/after_hours", schemaPath: "common.schema.json#/$defs/minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema58, data: data9 };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err31 = { instancePath: instancePath + "/response_minutes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/response_minutes/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.response_minutes.additionalProperties.type, parentSchema: schema52.properties.response_minutes.additionalProperties, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
            } else {
              const err32 = { instancePath: instancePath + "/response_minutes", schemaPath: "#/properties/response_minutes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.response_minutes.type, parentSchema: schema52.properties.response_minutes, data: data6 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
        } else {
          const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        validate28.errors = vErrors;
        return errors === 0;
      }
      validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      exports2["escalation.schema.json"] = validate29;
      const schema60 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://oncall-as-code.dev/schemas/escalation.schema.json", "title": "Escalation policies (oncall/escalation.yaml)", "description": "Who is paged, in order, until someone acknowledges; mirrors PagerDuty escalation policies.", "type": "object", "additionalProperties": false, "required": ["policies"], "properties": { "policies": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/policy" } } }, "$defs": { "policy": { "type": "object", "additionalProperties": false, "required": ["id", "name", "rules"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "How services name this policy." }, "name": { "$ref": "common.schema.json#/$defs/name", "minLength": 1, "description": "The name in PagerDuty." }, "description": { "type": "string" }, "pagerduty_id": { "$ref": "common.schema.json#/$defs/pagerdutyId" }, "num_loops": { "type": "integer", "minimum": 0, "maximum": 9, "default": 0, "description": "How many times the whole policy repeats after its last rule when nobody acknowledges." }, "rules": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "$ref": "#/$defs/rule" } } } }, "rule": { "type": "object", "additionalProperties": false, "required": ["escalation_delay_minutes", "targets"], "properties": { "escalation_delay_minutes": { "type": "integer", "description": "Minutes this rule's targets have to acknowledge before the next rule is paged (PagerDuty requires at least 1).", "examples": [15] }, "targets": { "type": "array", "minItems": 1, "maxItems": 10, "items": { "$ref": "common.schema.json#/$defs/target" } } } } }, "examples": [{ "policies": [{ "id": "edustream-engineering", "name": "EduStream engineering", "num_loops": 2, "rules": [{ "escalation_delay_minutes": 15, "targets": [{ "schedule": "primary" }] }, { "escalation_delay_minutes": 30, "targets": [{ "person": "cto" }] }] }] }] };
      const schema61 = { "type": "object", "additionalProperties": false, "required": ["id", "name", "rules"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "How services name this policy." }, "name": { "$ref": "common.schema.json#/$defs/name", "minLength": 1, "description": "The name in PagerDuty." }, "description": { "type": "string" }, "pagerduty_id": { "$ref": "common.schema.json#/$defs/pagerdutyId" }, "num_loops": { "type": "integer", "minimum": 0, "maximum": 9, "default": 0, "description": "How many times the whole policy repeats after its last rule when nobody acknowledges." }, "rules": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "$ref": "#/$defs/rule" } } } };
      const schema64 = { "type": "string", "description": "The id of an existing PagerDuty object (as in its URL, e.g. PABC123): the sync binds to it, adopting it, instead of creating one. Set it once, in a reviewed change; a name or a description in PagerDuty binds nothing.", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["PABC123"] };
      const pattern20 = new RegExp("^[A-Z0-9]{6,20}$", "u");
      const schema65 = { "type": "object", "additionalProperties": false, "required": ["escalation_delay_minutes", "targets"], "properties": { "escalation_delay_minutes": { "type": "integer", "description": "Minutes this rule's targets have to acknowledge before the next rule is paged (PagerDuty requires at least 1).", "examples": [15] }, "targets": { "type": "array", "minItems": 1, "maxItems": 10, "items": { "$ref": "common.schema.json#/$defs/target" } } } };
      function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate32.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (Object.keys(data).length > 1) {
            const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema44, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          if (Object.keys(data).length < 1) {
            const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema44, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "schedule" || key0 === "person")) {
              const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          if (data.schedule !== void 0) {
            let data0 = data.schedule;
            if (typeof data0 === "string") {
              if (!pattern5.test(data0)) {
                const err3 = { instancePath: instancePath + "/schedule", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema39, data: data0 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            } else {
              const err4 = { instancePath: instancePath + "/schedule", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data0 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          if (data.person !== void 0) {
            let data1 = data.person;
            if (typeof data1 === "string") {
              if (!pattern5.test(data1)) {
                const err5 = { instancePath: instancePath + "/person", schemaPath: "#/$defs/personRef/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema46, data: data1 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            } else {
              const err6 = { instancePath: instancePath + "/person", schemaPath: "#/$defs/personRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        } else {
          const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        validate32.errors = vErrors;
        return errors === 0;
      }
      validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate31.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.escalation_delay_minutes === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "escalation_delay_minutes" }, message: "must have required property 'escalation_delay_minutes'", schema: schema65.required, parentSchema: schema65, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          if (data.targets === void 0) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targets" }, message: "must have required property 'targets'", schema: schema65.required, parentSchema: schema65, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "escalation_delay_minutes" || key0 === "targets")) {
              const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema65, data };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          if (data.escalation_delay_minutes !== void 0) {
            let data0 = data.escalation_delay_minutes;
            if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
              const err3 = { instancePath: instancePath + "/escalation_delay_minutes", schemaPath: "#/properties/escalation_delay_minutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema65.properties.escalation_delay_minutes.type, parentSchema: schema65.properties.escalation_delay_minutes, data: data0 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          if (data.targets !== void 0) {
            let data1 = data.targets;
            if (Array.isArray(data1)) {
              if (data1.length > 10) {
                const err4 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: schema65.properties.targets, data: data1 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              if (data1.length < 1) {
                const err5 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema65.properties.targets, data: data1 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
              const len0 = data1.length;
              for (let i0 = 0; i0 < len0; i0++) {
                if (!validate32(data1[i0], { instancePath: instancePath + "/targets/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate32.errors : appendErrors(vErrors, validate32.errors);
                  errors = vErrors.length;
                }
              }
            } else {
              const err6 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema65.properties.targets.type, parentSchema: schema65.properties.targets, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        } else {
          const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema65.type, parentSchema: schema65, data };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        validate31.errors = vErrors;
        return errors === 0;
      }
      validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate30.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.id === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema61.required, parentSchema: schema61, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          if (data.name === void 0) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema61.required, parentSchema: schema61, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (data.rules === void 0) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'", schema: schema61.required, parentSchema: schema61, data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "id" || key0 === "name" || key0 === "description" || key0 === "pagerduty_id" || key0 === "num_loops" || key0 === "rules")) {
              const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          if (data.id !== void 0) {
            let data0 = data.id;
            if (typeof data0 === "string") {
              if (!pattern5.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema39, data: data0 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            } else {
              const err5 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data0 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (data.name !== void 0) {
            let data1 = data.name;
            if (typeof data1 === "string") {
              if (func1(data1) > 100) {
                const err6 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema38, data: data1 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              if (!pattern4.test(data1)) {
                const err7 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$" }, message: 'must match pattern "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"', schema: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$", parentSchema: schema38, data: data1 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            } else {
              const err8 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data1 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (typeof data1 === "string") {
              if (func1(data1) < 1) {
                const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema61.properties.name, data: data1 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          }
          if (data.description !== void 0) {
            let data2 = data.description;
            if (typeof data2 !== "string") {
              const err10 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.description.type, parentSchema: schema61.properties.description, data: data2 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
          if (data.pagerduty_id !== void 0) {
            let data3 = data.pagerduty_id;
            if (typeof data3 === "string") {
              if (!pattern20.test(data3)) {
                const err11 = { instancePath: instancePath + "/pagerduty_id", schemaPath: "common.schema.json#/$defs/pagerdutyId/pattern", keyword: "pattern", params: { pattern: "^[A-Z0-9]{6,20}$" }, message: 'must match pattern "^[A-Z0-9]{6,20}$"', schema: "^[A-Z0-9]{6,20}$", parentSchema: schema64, data: data3 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            } else {
              const err12 = { instancePath: instancePath + "/pagerduty_id", schemaPath: "common.schema.json#/$defs/pagerdutyId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.type, parentSchema: schema64, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          if (data.num_loops !== void 0) {
            let data4 = data.num_loops;
            if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
              const err13 = { instancePath: instancePath + "/num_loops", schemaPath: "#/properties/num_loops/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.num_loops.type, parentSchema: schema61.properties.num_loops, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (typeof data4 == "number" && isFinite(data4)) {
              if (data4 > 9 || isNaN(data4)) {
                const err14 = { instancePath: instancePath + "/num_loops", schemaPath: "#/properties/num_loops/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9 }, message: "must be <= 9", schema: 9, parentSchema: schema61.properties.num_loops, data: data4 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (data4 < 0 || isNaN(data4)) {
                const err15 = { instancePath: instancePath + "/num_loops", schemaPath: "#/properties/num_loops/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema61.properties.num_loops, data: data4 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          }
          if (data.rules !== void 0) {
            let data5 = data.rules;
            if (Array.isArray(data5)) {
              if (data5.length > 20) {
                const err16 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema61.properties.rules, data: data5 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (data5.length < 1) {
                const err17 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema61.properties.rules, data: data5 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              const len0 = data5.length;
              for (let i0 = 0; i0 < len0; i0++) {
                if (!validate31(data5[i0], { instancePath: instancePath + "/rules/" + i0, parentData: data5, parentDataProperty: i0, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate31.errors : appendErrors(vErrors, validate31.errors);
                  errors = vErrors.length;
                }
              }
            } else {
              const err18 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.rules.type, parentSchema: schema61.properties.rules, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        } else {
          const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        validate30.errors = vErrors;
        return errors === 0;
      }
      validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        ;
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate29.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.policies === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policies" }, message: "must have required property 'policies'", schema: schema60.required, parentSchema: schema60, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "policies")) {
              const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60, data };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          if (data.policies !== void 0) {
            let data0 = data.policies;
            if (Array.isArray(data0)) {
              if (data0.length < 1) {
                const err2 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema60.properties.policies, data: data0 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                if (!validate30(data0[i0], { instancePath: instancePath + "/policies/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate30.errors : appendErrors(vErrors, validate30.errors);
                  errors = vErrors.length;
                }
              }
            } else {
              const err3 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema60.properties.policies.type, parentSchema: schema60.properties.policies, data: data0 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
        } else {
          const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.type, parentSchema: schema60, data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        validate29.errors = vErrors;
        return errors === 0;
      }
      validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      exports2["postmortem.schema.json"] = validate36;
      const schema69 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://oncall-as-code.dev/schemas/postmortem.schema.json", "title": "Postmortem front matter (postmortems/YYYY-MM-DD-slug.md)", "description": "The structured fields of a postmortem: what the procedures' template asks in bold lines, plus what a review needs (instants, services, status, and a type and priority per action item).", "type": "object", "additionalProperties": false, "required": ["title", "date", "severity", "author", "status", "started", "detected", "resolved", "services", "action_items"], "properties": { "title": { "type": "string", "minLength": 1, "description": "The incident, as the heading names it." }, "date": { "$ref": "common.schema.json#/$defs/date", "description": "The day the incident began (UTC)." }, "severity": { "$ref": "common.schema.json#/$defs/severityRef" }, "author": { "type": "string", "minLength": 1, "description": "A person id or name from team.yaml." }, "status": { "enum": ["draft", "in-review", "final"] }, "started": { "$ref": "common.schema.json#/$defs/instant", "description": "When the impact began." }, "detected": { "$ref": "common.schema.json#/$defs/instant", "description": "When an alert or a person noticed." }, "resolved": { "$ref": "common.schema.json#/$defs/instant", "description": "When service was restored (the procedures' 'resolved')." }, "duration": { "type": "string", "pattern": "^(\\d+ hours?)?( ?\\d+ minutes?)?$", "description": "As the template writes it, e.g. '1 hour 50 minutes'; must equal resolved \u2212 started." }, "services": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/id" }, "description": "Services of services.yaml that were affected." }, "action_items": { "type": "array", "description": "One entry per row of the Action Items table: a stable id (the row's GitHub issue is filed under it and the incident's date, so rewording the row or renaming the file keeps the issue), the row's action (which binds the entry to its row, so the rows may be reordered; without it the entry is the row at its position), a type and a priority.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "type", "priority"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id" }, "action": { "type": "string", "minLength": 1, "description": "The Action cell of the entry's row, as it reads (markup aside): binds the entry to that row wherever it is in the table." }, "type": { "enum": ["prevent", "mitigate", "detect", "process"] }, "priority": { "enum": ["high", "medium", "low"] } } } } }, "examples": [{ "title": "Payments webhook backlog", "date": "2026-03-14", "severity": "P1", "author": "engineer-b", "status": "final", "started": "2026-03-14T09:12:00Z", "detected": "2026-03-14T09:20:00Z", "resolved": "2026-03-14T11:02:00Z", "duration": "1 hour 50 minutes", "services": ["edustream-payments"], "action_items": [{ "id": "alert-on-backlog", "action": "Alert when the webhook queue backs up", "type": "detect", "priority": "high" }] }] };
      const schema72 = { "type": "string", "description": "An instant: date, time and UTC offset, RFC 3339 (e.g. 2026-12-13T10:00:00Z or 2026-12-13T11:00:00+01:00).", "format": "date-time", "examples": ["2026-12-13T10:00:00Z"] };
      const func15 = Object.prototype.hasOwnProperty;
      const formats16 = formats["date-time"];
      const pattern24 = new RegExp("^(\\d+ hours?)?( ?\\d+ minutes?)?$", "u");
      function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        ;
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate36.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.title === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema69.required, parentSchema: schema69, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          if (data.date === void 0) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema69.required, parentSchema: schema69, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (data.severity === void 0) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema69.required, parentSchema: schema69, data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (data.author === void 0) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: schema69.required, parentSchema: schema69, data };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (data.status === void 0) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema69.required, parentSchema: schema69, data };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (data.started === void 0) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "started" }, message: "must have required property 'started'", schema: schema69.required, parentSchema: schema69, data };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (data.detected === void 0) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "detected" }, message: "must have required property 'detected'", schema: schema69.required, parentSchema: schema69, data };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (data.resolved === void 0) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resolved" }, message: "must have required property 'resolved'", schema: schema69.required, parentSchema: schema69, data };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (data.services === void 0) {
            const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'", schema: schema69.required, parentSchema: schema69, data };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (data.action_items === void 0) {
            const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action_items" }, message: "must have required property 'action_items'", schema: schema69.required, parentSchema: schema69, data };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!func15.call(schema69.properties, key0)) {
              const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema69, data };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
          if (data.title !== void 0) {
            let data0 = data.title;
            if (typeof data0 === "string") {
              if (func1(data0) < 1) {
                const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema69.properties.title, data: data0 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            } else {
              const err12 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.title.type, parentSchema: schema69.properties.title, data: data0 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          if (data.date !== void 0) {
            let data1 = data.date;
            if (typeof data1 === "string") {
              if (!formats2.validate(data1)) {
                const err13 = { instancePath: instancePath + "/date", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34, data: data1 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            } else {
              const err14 = { instancePath: instancePath + "/date", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          if (data.severity !== void 0) {
            let data2 = data.severity;
            if (typeof data2 === "string") {
              if (!pattern17.test(data2)) {
                const err15 = { instancePath: instancePath + "/severity", schemaPath: "common.schema.json#/$defs/severityRef/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,15}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,15}$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]{0,15}$", parentSchema: schema57, data: data2 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            } else {
              const err16 = { instancePath: instancePath + "/severity", schemaPath: "common.schema.json#/$defs/severityRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.type, parentSchema: schema57, data: data2 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          if (data.author !== void 0) {
            let data3 = data.author;
            if (typeof data3 === "string") {
              if (func1(data3) < 1) {
                const err17 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema69.properties.author, data: data3 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            } else {
              const err18 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.author.type, parentSchema: schema69.properties.author, data: data3 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          if (data.status !== void 0) {
            let data4 = data.status;
            if (!(data4 === "draft" || data4 === "in-review" || data4 === "final")) {
              const err19 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema69.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema69.properties.status.enum, parentSchema: schema69.properties.status, data: data4 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          if (data.started !== void 0) {
            let data5 = data.started;
            if (typeof data5 === "string") {
              if (!formats16.validate(data5)) {
                const err20 = { instancePath: instancePath + "/started", schemaPath: "common.schema.json#/$defs/instant/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema72, data: data5 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            } else {
              const err21 = { instancePath: instancePath + "/started", schemaPath: "common.schema.json#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.type, parentSchema: schema72, data: data5 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          if (data.detected !== void 0) {
            let data6 = data.detected;
            if (typeof data6 === "string") {
              if (!formats16.validate(data6)) {
                const err22 = { instancePath: instancePath + "/detected", schemaPath: "common.schema.json#/$defs/instant/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema72, data: data6 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            } else {
              const err23 = { instancePath: instancePath + "/detected", schemaPath: "common.schema.json#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.type, parentSchema: schema72, data: data6 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          if (data.resolved !== void 0) {
            let data7 = data.resolved;
            if (typeof data7 === "string") {
              if (!formats16.validate(data7)) {
                const err24 = { instancePath: instancePath + "/resolved", schemaPath: "common.schema.json#/$defs/instant/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema72, data: data7 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            } else {
              const err25 = { instancePath: instancePath + "/resolved", schemaPath: "common.schema.json#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.type, parentSchema: schema72, data: data7 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
          if (data.duration !== void 0) {
            let data8 = data.duration;
            if (typeof data8 === "string") {
              if (!pattern24.test(data8)) {
                const err26 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/pattern", keyword: "pattern", params: { pattern: "^(\\d+ hours?)?( ?\\d+ minutes?)?$" }, message: 'must match pattern "^(\\d+ hours?)?( ?\\d+ minutes?)?$"', schema: "^(\\d+ hours?)?( ?\\d+ minutes?)?$", parentSchema: schema69.properties.duration, data: data8 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            } else {
              const err27 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.duration.type, parentSchema: schema69.properties.duration, data: data8 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
          if (data.services !== void 0) {
            let data9 = data.services;
            if (Array.isArray(data9)) {
              if (data9.length < 1) {
                const err28 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema69.properties.services, data: data9 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              const len0 = data9.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data10 = data9[i0];
                if (typeof data10 === "string") {
                  if (!pattern5.test(data10)) {
                    const err29 = { instancePath: instancePath + "/services/" + i0, schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema39, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                } else {
                  const err30 = { instancePath: instancePath + "/services/" + i0, schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
              let i1 = data9.length;
              let j0;
              if (i1 > 1) {
                outer0: for (; i1--; ) {
                  for (j0 = i1; j0--; ) {
                    if (func0(data9[i1], data9[j0])) {
                      const err31 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema69.properties.services, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                      break outer0;
                    }
                  }
                }
              }
            } else {
              const err32 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema69.properties.services.type, parentSchema: schema69.properties.services, data: data9 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
          if (data.action_items !== void 0) {
            let data11 = data.action_items;
            if (Array.isArray(data11)) {
              const len1 = data11.length;
              for (let i2 = 0; i2 < len1; i2++) {
                let data12 = data11[i2];
                if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                  if (data12.id === void 0) {
                    const err33 = { instancePath: instancePath + "/action_items/" + i2, schemaPath: "#/properties/action_items/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema69.properties.action_items.items.required, parentSchema: schema69.properties.action_items.items, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                  if (data12.type === void 0) {
                    const err34 = { instancePath: instancePath + "/action_items/" + i2, schemaPath: "#/properties/action_items/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema69.properties.action_items.items.required, parentSchema: schema69.properties.action_items.items, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                  if (data12.priority === void 0) {
                    const err35 = { instancePath: instancePath + "/action_items/" + i2, schemaPath: "#/properties/action_items/items/required", keyword: "required", params: { missingProperty: "priority" }, message: "must have required property 'priority'", schema: schema69.properties.action_items.items.required, parentSchema: schema69.properties.action_items.items, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                  for (const key1 in data12) {
                    if (!(key1 === "id" || key1 === "action" || key1 === "type" || key1 === "priority")) {
                      const err36 = { instancePath: instancePath + "/action_items/" + i2, schemaPath: "#/properties/action_items/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema69.properties.action_items.items, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                  }
                  if (data12.id !== void 0) {
                    let data13 = data12.id;
                    if (typeof data13 === "string") {
                      if (!pattern5.test(data13)) {
                        const err37 = { instancePath: instancePath + "/action_items/" + i2 + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema39, data: data13 };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                    } else {
                      const err38 = { instancePath: instancePath + "/action_items/" + i2 + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  }
                  if (data12.action !== void 0) {
                    let data14 = data12.action;
                    if (typeof data14 === "string") {
                      if (func1(data14) < 1) {
                        const err39 = { instancePath: instancePath + "/action_items/" + i2 + "/action", schemaPath: "#/properties/action_items/items/properties/action/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema69.properties.action_items.items.properties.action, data: data14 };
                        if (vErrors === null) {
                          vErrors = [err39];
                        } else {
                          vErrors.push(err39);
                        }
                        errors++;
                      }
                    } else {
                      const err40 = { instancePath: instancePath + "/action_items/" + i2 + "/action", schemaPath: "#/properties/action_items/items/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.action_items.items.properties.action.type, parentSchema: schema69.properties.action_items.items.properties.action, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  }
                  if (data12.type !== void 0) {
                    let data15 = data12.type;
                    if (!(data15 === "prevent" || data15 === "mitigate" || data15 === "detect" || data15 === "process")) {
                      const err41 = { instancePath: instancePath + "/action_items/" + i2 + "/type", schemaPath: "#/properties/action_items/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema69.properties.action_items.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema69.properties.action_items.items.properties.type.enum, parentSchema: schema69.properties.action_items.items.properties.type, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  }
                  if (data12.priority !== void 0) {
                    let data16 = data12.priority;
                    if (!(data16 === "high" || data16 === "medium" || data16 === "low")) {
                      const err42 = { instancePath: instancePath + "/action_items/" + i2 + "/priority", schemaPath: "#/properties/action_items/items/properties/priority/enum", keyword: "enum", params: { allowedValues: schema69.properties.action_items.items.properties.priority.enum }, message: "must be equal to one of the allowed values", schema: schema69.properties.action_items.items.properties.priority.enum, parentSchema: schema69.properties.action_items.items.properties.priority, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err43 = { instancePath: instancePath + "/action_items/" + i2, schemaPath: "#/properties/action_items/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema69.properties.action_items.items.type, parentSchema: schema69.properties.action_items.items, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              }
            } else {
              const err44 = { instancePath: instancePath + "/action_items", schemaPath: "#/properties/action_items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema69.properties.action_items.type, parentSchema: schema69.properties.action_items, data: data11 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        } else {
          const err45 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema69.type, parentSchema: schema69, data };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        validate36.errors = vErrors;
        return errors === 0;
      }
      validate36.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      exports2["rotations.schema.json"] = validate37;
      const schema77 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://oncall-as-code.dev/schemas/rotations.schema.json", "title": "On-call schedules (oncall/rotations.yaml)", "description": "Schedules (what escalation rules page) and their layers (how members take turns).", "type": "object", "additionalProperties": false, "required": ["schedules"], "properties": { "schedules": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/schedule" } } }, "$defs": { "schedule": { "type": "object", "additionalProperties": false, "required": ["id", "layers"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "How escalation rules and swaps name this schedule." }, "name": { "$ref": "common.schema.json#/$defs/name", "minLength": 1, "description": "The schedule's name in PagerDuty (default: the id)." }, "pagerduty_id": { "$ref": "common.schema.json#/$defs/pagerdutyId" }, "description": { "type": "string" }, "layers": { "type": "array", "minItems": 1, "description": "Where layers overlap, the one listed last (the lowest) wins, as in PagerDuty.", "items": { "$ref": "#/$defs/layer" } } } }, "layer": { "type": "object", "additionalProperties": false, "required": ["id", "time_zone", "start", "turn_length", "members"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id" }, "name": { "$ref": "common.schema.json#/$defs/name", "description": "The layer's name in PagerDuty (default: the id); layers are matched by it." }, "time_zone": { "$ref": "common.schema.json#/$defs/timeZone", "description": "The zone start, end and handoffs are read in." }, "start": { "$ref": "common.schema.json#/$defs/localDateTime", "description": "The first handoff: the first member's first turn starts here; every later handoff is a whole number of turns after it, in local time." }, "end": { "$ref": "common.schema.json#/$defs/localDateTime", "description": "Optional: the layer stops here (a roster change takes effect on a future date with a new layer starting then)." }, "turn_length": { "type": "object", "description": "How long each member's turn lasts: exactly one of hours, days or weeks.", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "hours": { "type": "integer", "minimum": 1, "maximum": 8760 }, "days": { "type": "integer", "minimum": 1, "maximum": 365 }, "weeks": { "type": "integer", "minimum": 1, "maximum": 52 } }, "examples": [{ "weeks": 1 }, { "days": 1 }, { "hours": 12 }] }, "members": { "type": "array", "minItems": 1, "description": "Person ids in turn order; the first takes the turn that begins at start.", "items": { "$ref": "common.schema.json#/$defs/personRef" } }, "restrictions": { "type": "array", "description": "Optional: the layer covers only these windows; outside them lower layers (or nobody) answer.", "items": { "type": "object", "additionalProperties": false, "required": ["start", "end"], "properties": { "days": { "type": "array", "minItems": 1, "uniqueItems": true, "description": "The days the window starts on; all days when absent.", "items": { "$ref": "common.schema.json#/$defs/weekday" } }, "start": { "$ref": "common.schema.json#/$defs/clockTime" }, "end": { "$ref": "common.schema.json#/$defs/clockTime" } } } } } } }, "examples": [{ "schedules": [{ "id": "primary", "layers": [{ "id": "weekly", "time_zone": "Etc/UTC", "start": "2026-01-04T10:00", "turn_length": { "weeks": 1 }, "members": ["engineer-a", "engineer-b"] }] }] }] };
      const schema78 = { "type": "object", "additionalProperties": false, "required": ["id", "layers"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "How escalation rules and swaps name this schedule." }, "name": { "$ref": "common.schema.json#/$defs/name", "minLength": 1, "description": "The schedule's name in PagerDuty (default: the id)." }, "pagerduty_id": { "$ref": "common.schema.json#/$defs/pagerdutyId" }, "description": { "type": "string" }, "layers": { "type": "array", "minItems": 1, "description": "Where layers overlap, the one listed last (the lowest) wins, as in PagerDuty.", "items": { "$ref": "#/$defs/layer" } } } };
      const schema82 = { "type": "object", "additionalProperties": false, "required": ["id", "time_zone", "start", "turn_length", "members"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id" }, "name": { "$ref": "common.schema.json#/$defs/name", "description": "The layer's name in PagerDuty (default: the id); layers are matched by it." }, "time_zone": { "$ref": "common.schema.json#/$defs/timeZone", "description": "The zone start, end and handoffs are read in." }, "start": { "$ref": "common.schema.json#/$defs/localDateTime", "description": "The first handoff: the first member's first turn starts here; every later handoff is a whole number of turns after it, in local time." }, "end": { "$ref": "common.schema.json#/$defs/localDateTime", "description": "Optional: the layer stops here (a roster change takes effect on a future date with a new layer starting then)." }, "turn_length": { "type": "object", "description": "How long each member's turn lasts: exactly one of hours, days or weeks.", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "hours": { "type": "integer", "minimum": 1, "maximum": 8760 }, "days": { "type": "integer", "minimum": 1, "maximum": 365 }, "weeks": { "type": "integer", "minimum": 1, "maximum": 52 } }, "examples": [{ "weeks": 1 }, { "days": 1 }, { "hours": 12 }] }, "members": { "type": "array", "minItems": 1, "description": "Person ids in turn order; the first takes the turn that begins at start.", "items": { "$ref": "common.schema.json#/$defs/personRef" } }, "restrictions": { "type": "array", "description": "Optional: the layer covers only these windows; outside them lower layers (or nobody) answer.", "items": { "type": "object", "additionalProperties": false, "required": ["start", "end"], "properties": { "days": { "type": "array", "minItems": 1, "uniqueItems": true, "description": "The days the window starts on; all days when absent.", "items": { "$ref": "common.schema.json#/$defs/weekday" } }, "start": { "$ref": "common.schema.json#/$defs/clockTime" }, "end": { "$ref": "common.schema.json#/$defs/clockTime" } } } } } };
      const schema86 = { "type": "string", "description": "A wall-clock date and time without offset, YYYY-MM-DDTHH:MM[:SS], read in the time zone beside it.", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$", "format": "local-date-time", "examples": ["2026-01-04T10:00"] };
      const pattern32 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$", "u");
      const formats24 = formats["local-date-time"];
      function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate39.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.id === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema82.required, parentSchema: schema82, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          if (data.time_zone === void 0) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "time_zone" }, message: "must have required property 'time_zone'", schema: schema82.required, parentSchema: schema82, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (data.start === void 0) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema82.required, parentSchema: schema82, data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (data.turn_length === void 0) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "turn_length" }, message: "must have required property 'turn_length'", schema: schema82.required, parentSchema: schema82, data };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (data.members === void 0) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "members" }, message: "must have required property 'members'", schema: schema82.required, parentSchema: schema82, data };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "id" || key0 === "name" || key0 === "time_zone" || key0 === "start" || key0 === "end" || key0 === "turn_length" || key0 === "members" || key0 === "restrictions")) {
              const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema82, data };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (data.id !== void 0) {
            let data0 = data.id;
            if (typeof data0 === "string") {
              if (!pattern5.test(data0)) {
                const err6 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema39, data: data0 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            } else {
              const err7 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data0 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
          if (data.name !== void 0) {
            let data1 = data.name;
            if (typeof data1 === "string") {
              if (func1(data1) > 100) {
                const err8 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema38, data: data1 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              if (!pattern4.test(data1)) {
                const err9 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$" }, message: 'must match pattern "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"', schema: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$", parentSchema: schema38, data: data1 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            } else {
              const err10 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data1 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
          if (data.time_zone !== void 0) {
            let data2 = data.time_zone;
            if (typeof data2 === "string") {
              if (!formats0.validate(data2)) {
                const err11 = { instancePath: instancePath + "/time_zone", schemaPath: "common.schema.json#/$defs/timeZone/format", keyword: "format", params: { format: "iana-time-zone" }, message: 'must match format "iana-time-zone"', schema: "iana-time-zone", parentSchema: schema33, data: data2 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            } else {
              const err12 = { instancePath: instancePath + "/time_zone", schemaPath: "common.schema.json#/$defs/timeZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          if (data.start !== void 0) {
            let data3 = data.start;
            if (typeof data3 === "string") {
              if (!pattern32.test(data3)) {
                const err13 = { instancePath: instancePath + "/start", schemaPath: "common.schema.json#/$defs/localDateTime/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$", parentSchema: schema86, data: data3 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              if (!formats24.validate(data3)) {
                const err14 = { instancePath: instancePath + "/start", schemaPath: "common.schema.json#/$defs/localDateTime/format", keyword: "format", params: { format: "local-date-time" }, message: 'must match format "local-date-time"', schema: "local-date-time", parentSchema: schema86, data: data3 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            } else {
              const err15 = { instancePath: instancePath + "/start", schemaPath: "common.schema.json#/$defs/localDateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.type, parentSchema: schema86, data: data3 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
          if (data.end !== void 0) {
            let data4 = data.end;
            if (typeof data4 === "string") {
              if (!pattern32.test(data4)) {
                const err16 = { instancePath: instancePath + "/end", schemaPath: "common.schema.json#/$defs/localDateTime/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$", parentSchema: schema86, data: data4 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (!formats24.validate(data4)) {
                const err17 = { instancePath: instancePath + "/end", schemaPath: "common.schema.json#/$defs/localDateTime/format", keyword: "format", params: { format: "local-date-time" }, message: 'must match format "local-date-time"', schema: "local-date-time", parentSchema: schema86, data: data4 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            } else {
              const err18 = { instancePath: instancePath + "/end", schemaPath: "common.schema.json#/$defs/localDateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.type, parentSchema: schema86, data: data4 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          if (data.turn_length !== void 0) {
            let data5 = data.turn_length;
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
              if (Object.keys(data5).length > 1) {
                const err19 = { instancePath: instancePath + "/turn_length", schemaPath: "#/properties/turn_length/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema82.properties.turn_length, data: data5 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
              if (Object.keys(data5).length < 1) {
                const err20 = { instancePath: instancePath + "/turn_length", schemaPath: "#/properties/turn_length/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema82.properties.turn_length, data: data5 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              for (const key1 in data5) {
                if (!(key1 === "hours" || key1 === "days" || key1 === "weeks")) {
                  const err21 = { instancePath: instancePath + "/turn_length", schemaPath: "#/properties/turn_length/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema82.properties.turn_length, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
              if (data5.hours !== void 0) {
                let data6 = data5.hours;
                if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                  const err22 = { instancePath: instancePath + "/turn_length/hours", schemaPath: "#/properties/turn_length/properties/hours/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema82.properties.turn_length.properties.hours.type, parentSchema: schema82.properties.turn_length.properties.hours, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (typeof data6 == "number" && isFinite(data6)) {
                  if (data6 > 8760 || isNaN(data6)) {
                    const err23 = { instancePath: instancePath + "/turn_length/hours", schemaPath: "#/properties/turn_length/properties/hours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8760 }, message: "must be <= 8760", schema: 8760, parentSchema: schema82.properties.turn_length.properties.hours, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                  if (data6 < 1 || isNaN(data6)) {
                    const err24 = { instancePath: instancePath + "/turn_length/hours", schemaPath: "#/properties/turn_length/properties/hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema82.properties.turn_length.properties.hours, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              }
              if (data5.days !== void 0) {
                let data7 = data5.days;
                if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                  const err25 = { instancePath: instancePath + "/turn_length/days", schemaPath: "#/properties/turn_length/properties/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema82.properties.turn_length.properties.days.type, parentSchema: schema82.properties.turn_length.properties.days, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (typeof data7 == "number" && isFinite(data7)) {
                  if (data7 > 365 || isNaN(data7)) {
                    const err26 = { instancePath: instancePath + "/turn_length/days", schemaPath: "#/properties/turn_length/properties/days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365", schema: 365, parentSchema: schema82.properties.turn_length.properties.days, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                  if (data7 < 1 || isNaN(data7)) {
                    const err27 = { instancePath: instancePath + "/turn_length/days", schemaPath: "#/properties/turn_length/properties/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema82.properties.turn_length.properties.days, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
              }
              if (data5.weeks !== void 0) {
                let data8 = data5.weeks;
                if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                  const err28 = { instancePath: instancePath + "/turn_length/weeks", schemaPath: "#/properties/turn_length/properties/weeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema82.properties.turn_length.properties.weeks.type, parentSchema: schema82.properties.turn_length.properties.weeks, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (typeof data8 == "number" && isFinite(data8)) {
                  if (data8 > 52 || isNaN(data8)) {
                    const err29 = { instancePath: instancePath + "/turn_length/weeks", schemaPath: "#/properties/turn_length/properties/weeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 52 }, message: "must be <= 52", schema: 52, parentSchema: schema82.properties.turn_length.properties.weeks, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                  if (data8 < 1 || isNaN(data8)) {
                    const err30 = { instancePath: instancePath + "/turn_length/weeks", schemaPath: "#/properties/turn_length/properties/weeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema82.properties.turn_length.properties.weeks, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err31 = { instancePath: instancePath + "/turn_length", schemaPath: "#/properties/turn_length/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema82.properties.turn_length.type, parentSchema: schema82.properties.turn_length, data: data5 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
          if (data.members !== void 0) {
            let data9 = data.members;
            if (Array.isArray(data9)) {
              if (data9.length < 1) {
                const err32 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema82.properties.members, data: data9 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              const len0 = data9.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data10 = data9[i0];
                if (typeof data10 === "string") {
                  if (!pattern5.test(data10)) {
                    const err33 = { instancePath: instancePath + "/members/" + i0, schemaPath: "common.schema.json#/$defs/personRef/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema46, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                } else {
                  const err34 = { instancePath: instancePath + "/members/" + i0, schemaPath: "common.schema.json#/$defs/personRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            } else {
              const err35 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema82.properties.members.type, parentSchema: schema82.properties.members, data: data9 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
          if (data.restrictions !== void 0) {
            let data11 = data.restrictions;
            if (Array.isArray(data11)) {
              const len1 = data11.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data12 = data11[i1];
                if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                  if (data12.start === void 0) {
                    const err36 = { instancePath: instancePath + "/restrictions/" + i1, schemaPath: "#/properties/restrictions/items/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema82.properties.restrictions.items.required, parentSchema: schema82.properties.restrictions.items, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                  if (data12.end === void 0) {
                    const err37 = { instancePath: instancePath + "/restrictions/" + i1, schemaPath: "#/properties/restrictions/items/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema82.properties.restrictions.items.required, parentSchema: schema82.properties.restrictions.items, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                  for (const key2 in data12) {
                    if (!(key2 === "days" || key2 === "start" || key2 === "end")) {
                      const err38 = { instancePath: instancePath + "/restrictions/" + i1, schemaPath: "#/properties/restrictions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema82.properties.restrictions.items, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  }
                  if (data12.days !== void 0) {
                    let data13 = data12.days;
                    if (Array.isArray(data13)) {
                      if (data13.length < 1) {
                        const err39 = { instancePath: instancePath + "/restrictions/" + i1 + "/days", schemaPath: "#/properties/restrictions/items/properties/days/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema82.properties.restrictions.items.properties.days, data: data13 };
                        if (vErrors === null) {
                          vErrors = [err39];
                        } else {
                          vErrors.push(err39);
                        }
                        errors++;
                      }
                      const len2 = data13.length;
                      for (let i2 = 0; i2 < len2; i2++) {
                        let data14 = data13[i2];
                        if (!(data14 === "monday" || data14 === "tuesday" || data14 === "wednesday" || data14 === "thursday" || data14 === "friday" || data14 === "saturday" || data14 === "sunday")) {
                          const err40 = { instancePath: instancePath + "/restrictions/" + i1 + "/days/" + i2, schemaPath: "common.schema.json#/$defs/weekday/enum", keyword: "enum", params: { allowedValues: schema54.enum }, message: "must be equal to one of the allowed values", schema: schema54.enum, parentSchema: schema54, data: data14 };
                          if (vErrors === null) {
                            vErrors = [err40];
                          } else {
                            vErrors.push(err40);
                          }
                          errors++;
                        }
                      }
                      let i3 = data13.length;
                      let j0;
                      if (i3 > 1) {
                        outer0: for (; i3--; ) {
                          for (j0 = i3; j0--; ) {
                            if (func0(data13[i3], data13[j0])) {
                              const err41 = { instancePath: instancePath + "/restrictions/" + i1 + "/days", schemaPath: "#/properties/restrictions/items/properties/days/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema82.properties.restrictions.items.properties.days, data: data13 };
                              if (vErrors === null) {
                                vErrors = [err41];
                              } else {
                                vErrors.push(err41);
                              }
                              errors++;
                              break outer0;
                            }
                          }
                        }
                      }
                    } else {
                      const err42 = { instancePath: instancePath + "/restrictions/" + i1 + "/days", schemaPath: "#/properties/restrictions/items/properties/days/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema82.properties.restrictions.items.properties.days.type, parentSchema: schema82.properties.restrictions.items.properties.days, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  }
                  if (data12.start !== void 0) {
                    let data15 = data12.start;
                    if (typeof data15 === "string") {
                      if (!pattern15.test(data15)) {
                        const err43 = { instancePath: instancePath + "/restrictions/" + i1 + "/start", schemaPath: "common.schema.json#/$defs/clockTime/pattern", keyword: "pattern", params: { pattern: "^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$" }, message: 'must match pattern "^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$"', schema: "^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$", parentSchema: schema55, data: data15 };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    } else {
                      const err44 = { instancePath: instancePath + "/restrictions/" + i1 + "/start", schemaPath: "common.schema.json#/$defs/clockTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.type, parentSchema: schema55, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  }
                  if (data12.end !== void 0) {
                    let data16 = data12.end;
                    if (typeof data16 === "string") {
                      if (!pattern15.test(data16)) {
                        const err45 = { instancePath: instancePath + "/restrictions/" + i1 + "/end", schemaPath: "common.schema.json#/$defs/clockTime/pattern", keyword: "pattern", params: { pattern: "^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$" }, message: 'must match pattern "^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$"', schema: "^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$", parentSchema: schema55, data: data16 };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    } else {
                      const err46 = { instancePath: instancePath + "/restrictions/" + i1 + "/end", schemaPath: "common.schema.json#/$defs/clockTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.type, parentSchema: schema55, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err47 = { instancePath: instancePath + "/restrictions/" + i1, schemaPath: "#/properties/restrictions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema82.properties.restrictions.items.type, parentSchema: schema82.properties.restrictions.items, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              }
            } else {
              const err48 = { instancePath: instancePath + "/restrictions", schemaPath: "#/properties/restrictions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema82.properties.restrictions.type, parentSchema: schema82.properties.restrictions, data: data11 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
        } else {
          const err49 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema82.type, parentSchema: schema82, data };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        validate39.errors = vErrors;
        return errors === 0;
      }
      validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate38.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.id === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema78.required, parentSchema: schema78, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          if (data.layers === void 0) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "layers" }, message: "must have required property 'layers'", schema: schema78.required, parentSchema: schema78, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "id" || key0 === "name" || key0 === "pagerduty_id" || key0 === "description" || key0 === "layers")) {
              const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema78, data };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          if (data.id !== void 0) {
            let data0 = data.id;
            if (typeof data0 === "string") {
              if (!pattern5.test(data0)) {
                const err3 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema39, data: data0 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            } else {
              const err4 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data0 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          if (data.name !== void 0) {
            let data1 = data.name;
            if (typeof data1 === "string") {
              if (func1(data1) > 100) {
                const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema38, data: data1 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
              if (!pattern4.test(data1)) {
                const err6 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$" }, message: 'must match pattern "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"', schema: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$", parentSchema: schema38, data: data1 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            } else {
              const err7 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (typeof data1 === "string") {
              if (func1(data1) < 1) {
                const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema78.properties.name, data: data1 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          }
          if (data.pagerduty_id !== void 0) {
            let data2 = data.pagerduty_id;
            if (typeof data2 === "string") {
              if (!pattern20.test(data2)) {
                const err9 = { instancePath: instancePath + "/pagerduty_id", schemaPath: "common.schema.json#/$defs/pagerdutyId/pattern", keyword: "pattern", params: { pattern: "^[A-Z0-9]{6,20}$" }, message: 'must match pattern "^[A-Z0-9]{6,20}$"', schema: "^[A-Z0-9]{6,20}$", parentSchema: schema64, data: data2 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            } else {
              const err10 = { instancePath: instancePath + "/pagerduty_id", schemaPath: "common.schema.json#/$defs/pagerdutyId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.type, parentSchema: schema64, data: data2 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
          if (data.description !== void 0) {
            let data3 = data.description;
            if (typeof data3 !== "string") {
              const err11 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema78.properties.description.type, parentSchema: schema78.properties.description, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          if (data.layers !== void 0) {
            let data4 = data.layers;
            if (Array.isArray(data4)) {
              if (data4.length < 1) {
                const err12 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema78.properties.layers, data: data4 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              const len0 = data4.length;
              for (let i0 = 0; i0 < len0; i0++) {
                if (!validate39(data4[i0], { instancePath: instancePath + "/layers/" + i0, parentData: data4, parentDataProperty: i0, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate39.errors : appendErrors(vErrors, validate39.errors);
                  errors = vErrors.length;
                }
              }
            } else {
              const err13 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema78.properties.layers.type, parentSchema: schema78.properties.layers, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        } else {
          const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema78.type, parentSchema: schema78, data };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        validate38.errors = vErrors;
        return errors === 0;
      }
      validate38.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        ;
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate37.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.schedules === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schedules" }, message: "must have required property 'schedules'", schema: schema77.required, parentSchema: schema77, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "schedules")) {
              const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema77, data };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          if (data.schedules !== void 0) {
            let data0 = data.schedules;
            if (Array.isArray(data0)) {
              if (data0.length < 1) {
                const err2 = { instancePath: instancePath + "/schedules", schemaPath: "#/properties/schedules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema77.properties.schedules, data: data0 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                if (!validate38(data0[i0], { instancePath: instancePath + "/schedules/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate38.errors : appendErrors(vErrors, validate38.errors);
                  errors = vErrors.length;
                }
              }
            } else {
              const err3 = { instancePath: instancePath + "/schedules", schemaPath: "#/properties/schedules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema77.properties.schedules.type, parentSchema: schema77.properties.schedules, data: data0 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
        } else {
          const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema77.type, parentSchema: schema77, data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        validate37.errors = vErrors;
        return errors === 0;
      }
      validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      exports2["services.schema.json"] = validate42;
      const schema92 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://oncall-as-code.dev/schemas/services.schema.json", "title": "PagerDuty services (oncall/services.yaml)", "description": "Where alerts arrive, which escalation policy they follow, and how urgently each severity pages.", "type": "object", "additionalProperties": false, "required": ["services"], "properties": { "services": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/service" } } }, "$defs": { "service": { "type": "object", "additionalProperties": false, "required": ["id", "description", "escalation_policy", "urgency"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "How the policy names this service; its name in PagerDuty unless name is given." }, "name": { "$ref": "common.schema.json#/$defs/name", "minLength": 1, "description": `The service's name in PagerDuty, when it is not the id (e.g. "Checkout API").` }, "pagerduty_id": { "$ref": "common.schema.json#/$defs/pagerdutyId" }, "description": { "type": "string", "minLength": 1 }, "escalation_policy": { "$ref": "common.schema.json#/$defs/id", "description": "The id of a policy in escalation.yaml." }, "urgency": { "type": "object", "description": "The severities this service carries, each with its urgency: high, low, or business-hours (high in the business hours of coverage.yaml, low after hours).", "minProperties": 1, "propertyNames": { "$ref": "common.schema.json#/$defs/severityRef" }, "additionalProperties": { "enum": ["high", "low", "business-hours"] }, "examples": [{ "P0": "high", "P1": "business-hours" }] } } } }, "examples": [{ "services": [{ "id": "edustream-payments", "description": "Payment failures", "escalation_policy": "edustream-engineering", "urgency": { "P0": "high", "P1": "business-hours" } }] }] };
      const schema93 = { "type": "object", "additionalProperties": false, "required": ["id", "description", "escalation_policy", "urgency"], "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "How the policy names this service; its name in PagerDuty unless name is given." }, "name": { "$ref": "common.schema.json#/$defs/name", "minLength": 1, "description": `The service's name in PagerDuty, when it is not the id (e.g. "Checkout API").` }, "pagerduty_id": { "$ref": "common.schema.json#/$defs/pagerdutyId" }, "description": { "type": "string", "minLength": 1 }, "escalation_policy": { "$ref": "common.schema.json#/$defs/id", "description": "The id of a policy in escalation.yaml." }, "urgency": { "type": "object", "description": "The severities this service carries, each with its urgency: high, low, or business-hours (high in the business hours of coverage.yaml, low after hours).", "minProperties": 1, "propertyNames": { "$ref": "common.schema.json#/$defs/severityRef" }, "additionalProperties": { "enum": ["high", "low", "business-hours"] }, "examples": [{ "P0": "high", "P1": "business-hours" }] } } };
      function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate43.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.id === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema93.required, parentSchema: schema93, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          if (data.description === void 0) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema93.required, parentSchema: schema93, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (data.escalation_policy === void 0) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "escalation_policy" }, message: "must have required property 'escalation_policy'", schema: schema93.required, parentSchema: schema93, data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (data.urgency === void 0) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "urgency" }, message: "must have required property 'urgency'", schema: schema93.required, parentSchema: schema93, data };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "id" || key0 === "name" || key0 === "pagerduty_id" || key0 === "description" || key0 === "escalation_policy" || key0 === "urgency")) {
              const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema93, data };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          if (data.id !== void 0) {
            let data0 = data.id;
            if (typeof data0 === "string") {
              if (!pattern5.test(data0)) {
                const err5 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema39, data: data0 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            } else {
              const err6 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data0 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          if (data.name !== void 0) {
            let data1 = data.name;
            if (typeof data1 === "string") {
              if (func1(data1) > 100) {
                const err7 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema38, data: data1 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
              if (!pattern4.test(data1)) {
                const err8 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$" }, message: 'must match pattern "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"', schema: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$", parentSchema: schema38, data: data1 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            } else {
              const err9 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data1 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (typeof data1 === "string") {
              if (func1(data1) < 1) {
                const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema93.properties.name, data: data1 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          }
          if (data.pagerduty_id !== void 0) {
            let data2 = data.pagerduty_id;
            if (typeof data2 === "string") {
              if (!pattern20.test(data2)) {
                const err11 = { instancePath: instancePath + "/pagerduty_id", schemaPath: "common.schema.json#/$defs/pagerdutyId/pattern", keyword: "pattern", params: { pattern: "^[A-Z0-9]{6,20}$" }, message: 'must match pattern "^[A-Z0-9]{6,20}$"', schema: "^[A-Z0-9]{6,20}$", parentSchema: schema64, data: data2 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            } else {
              const err12 = { instancePath: instancePath + "/pagerduty_id", schemaPath: "common.schema.json#/$defs/pagerdutyId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.type, parentSchema: schema64, data: data2 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          if (data.description !== void 0) {
            let data3 = data.description;
            if (typeof data3 === "string") {
              if (func1(data3) < 1) {
                const err13 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema93.properties.description, data: data3 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            } else {
              const err14 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema93.properties.description.type, parentSchema: schema93.properties.description, data: data3 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          if (data.escalation_policy !== void 0) {
            let data4 = data.escalation_policy;
            if (typeof data4 === "string") {
              if (!pattern5.test(data4)) {
                const err15 = { instancePath: instancePath + "/escalation_policy", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema39, data: data4 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            } else {
              const err16 = { instancePath: instancePath + "/escalation_policy", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data4 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          if (data.urgency !== void 0) {
            let data5 = data.urgency;
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
              if (Object.keys(data5).length < 1) {
                const err17 = { instancePath: instancePath + "/urgency", schemaPath: "#/properties/urgency/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema93.properties.urgency, data: data5 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              for (const key1 in data5) {
                const _errs18 = errors;
                if (typeof key1 === "string") {
                  if (!pattern17.test(key1)) {
                    const err18 = { instancePath: instancePath + "/urgency", schemaPath: "common.schema.json#/$defs/severityRef/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,15}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,15}$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]{0,15}$", parentSchema: schema57, data: key1, propertyName: key1 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                } else {
                  const err19 = { instancePath: instancePath + "/urgency", schemaPath: "common.schema.json#/$defs/severityRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.type, parentSchema: schema57, data: key1, propertyName: key1 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                var valid5 = _errs18 === errors;
                if (!valid5) {
                  const err20 = { instancePath: instancePath + "/urgency", schemaPath: "#/properties/urgency/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema93.properties.urgency.propertyNames, parentSchema: schema93.properties.urgency, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
              for (const key2 in data5) {
                let data6 = data5[key2];
                if (!(data6 === "high" || data6 === "low" || data6 === "business-hours")) {
                  const err21 = { instancePath: instancePath + "/urgency/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/urgency/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema93.properties.urgency.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema93.properties.urgency.additionalProperties.enum, parentSchema: schema93.properties.urgency.additionalProperties, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
            } else {
              const err22 = { instancePath: instancePath + "/urgency", schemaPath: "#/properties/urgency/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema93.properties.urgency.type, parentSchema: schema93.properties.urgency, data: data5 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        } else {
          const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema93.type, parentSchema: schema93, data };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        validate43.errors = vErrors;
        return errors === 0;
      }
      validate43.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        ;
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate42.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.services === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'", schema: schema92.required, parentSchema: schema92, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "services")) {
              const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema92, data };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          if (data.services !== void 0) {
            let data0 = data.services;
            if (Array.isArray(data0)) {
              if (data0.length < 1) {
                const err2 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema92.properties.services, data: data0 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                if (!validate43(data0[i0], { instancePath: instancePath + "/services/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate43.errors : appendErrors(vErrors, validate43.errors);
                  errors = vErrors.length;
                }
              }
            } else {
              const err3 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema92.properties.services.type, parentSchema: schema92.properties.services, data: data0 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
        } else {
          const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema92.type, parentSchema: schema92, data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        validate42.errors = vErrors;
        return errors === 0;
      }
      validate42.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      exports2["severities.schema.json"] = validate45;
      const schema99 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://oncall-as-code.dev/schemas/severities.schema.json", "title": "Severities (oncall/severities.yaml)", "description": "How bad an incident is, how to tell, and what it demands; most severe first.", "type": "object", "additionalProperties": false, "required": ["severities"], "properties": { "severities": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["id", "name", "criteria", "action", "incident"], "properties": { "id": { "$ref": "common.schema.json#/$defs/severityRef" }, "name": { "$ref": "common.schema.json#/$defs/name", "minLength": 1 }, "criteria": { "type": "string", "minLength": 1, "description": "How to recognise it." }, "action": { "type": "string", "minLength": 1, "description": "What the on-call engineer does." }, "incident": { "type": "boolean", "description": "Whether it opens an incident (and so needs a postmortem)." } } } } }, "examples": [{ "severities": [{ "id": "P0", "name": "Critical", "criteria": "Service down", "action": "All hands", "incident": true }] }] };
      function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        ;
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate45.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.severities === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severities" }, message: "must have required property 'severities'", schema: schema99.required, parentSchema: schema99, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "severities")) {
              const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema99, data };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          if (data.severities !== void 0) {
            let data0 = data.severities;
            if (Array.isArray(data0)) {
              if (data0.length < 1) {
                const err2 = { instancePath: instancePath + "/severities", schemaPath: "#/properties/severities/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema99.properties.severities, data: data0 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  if (data1.id === void 0) {
                    const err3 = { instancePath: instancePath + "/severities/" + i0, schemaPath: "#/properties/severities/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema99.properties.severities.items.required, parentSchema: schema99.properties.severities.items, data: data1 };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                  if (data1.name === void 0) {
                    const err4 = { instancePath: instancePath + "/severities/" + i0, schemaPath: "#/properties/severities/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema99.properties.severities.items.required, parentSchema: schema99.properties.severities.items, data: data1 };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                  if (data1.criteria === void 0) {
                    const err5 = { instancePath: instancePath + "/severities/" + i0, schemaPath: "#/properties/severities/items/required", keyword: "required", params: { missingProperty: "criteria" }, message: "must have required property 'criteria'", schema: schema99.properties.severities.items.required, parentSchema: schema99.properties.severities.items, data: data1 };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                  }
                  if (data1.action === void 0) {
                    const err6 = { instancePath: instancePath + "/severities/" + i0, schemaPath: "#/properties/severities/items/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema99.properties.severities.items.required, parentSchema: schema99.properties.severities.items, data: data1 };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                  if (data1.incident === void 0) {
                    const err7 = { instancePath: instancePath + "/severities/" + i0, schemaPath: "#/properties/severities/items/required", keyword: "required", params: { missingProperty: "incident" }, message: "must have required property 'incident'", schema: schema99.properties.severities.items.required, parentSchema: schema99.properties.severities.items, data: data1 };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                  for (const key1 in data1) {
                    if (!(key1 === "id" || key1 === "name" || key1 === "criteria" || key1 === "action" || key1 === "incident")) {
                      const err8 = { instancePath: instancePath + "/severities/" + i0, schemaPath: "#/properties/severities/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema99.properties.severities.items, data: data1 };
                      if (vErrors === null) {
                        vErrors = [err8];
                      } else {
                        vErrors.push(err8);
                      }
                      errors++;
                    }
                  }
                  if (data1.id !== void 0) {
                    let data2 = data1.id;
                    if (typeof data2 === "string") {
                      if (!pattern17.test(data2)) {
                        const err9 = { instancePath: instancePath + "/severities/" + i0 + "/id", schemaPath: "common.schema.json#/$defs/severityRef/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,15}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,15}$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]{0,15}$", parentSchema: schema57, data: data2 };
                        if (vErrors === null) {
                          vErrors = [err9];
                        } else {
                          vErrors.push(err9);
                        }
                        errors++;
                      }
                    } else {
                      const err10 = { instancePath: instancePath + "/severities/" + i0 + "/id", schemaPath: "common.schema.json#/$defs/severityRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.type, parentSchema: schema57, data: data2 };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                  }
                  if (data1.name !== void 0) {
                    let data3 = data1.name;
                    if (typeof data3 === "string") {
                      if (func1(data3) > 100) {
                        const err11 = { instancePath: instancePath + "/severities/" + i0 + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema38, data: data3 };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                      if (!pattern4.test(data3)) {
                        const err12 = { instancePath: instancePath + "/severities/" + i0 + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$" }, message: 'must match pattern "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"', schema: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$", parentSchema: schema38, data: data3 };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                    } else {
                      const err13 = { instancePath: instancePath + "/severities/" + i0 + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data3 };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                    if (typeof data3 === "string") {
                      if (func1(data3) < 1) {
                        const err14 = { instancePath: instancePath + "/severities/" + i0 + "/name", schemaPath: "#/properties/severities/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema99.properties.severities.items.properties.name, data: data3 };
                        if (vErrors === null) {
                          vErrors = [err14];
                        } else {
                          vErrors.push(err14);
                        }
                        errors++;
                      }
                    }
                  }
                  if (data1.criteria !== void 0) {
                    let data4 = data1.criteria;
                    if (typeof data4 === "string") {
                      if (func1(data4) < 1) {
                        const err15 = { instancePath: instancePath + "/severities/" + i0 + "/criteria", schemaPath: "#/properties/severities/items/properties/criteria/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema99.properties.severities.items.properties.criteria, data: data4 };
                        if (vErrors === null) {
                          vErrors = [err15];
                        } else {
                          vErrors.push(err15);
                        }
                        errors++;
                      }
                    } else {
                      const err16 = { instancePath: instancePath + "/severities/" + i0 + "/criteria", schemaPath: "#/properties/severities/items/properties/criteria/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema99.properties.severities.items.properties.criteria.type, parentSchema: schema99.properties.severities.items.properties.criteria, data: data4 };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                  }
                  if (data1.action !== void 0) {
                    let data5 = data1.action;
                    if (typeof data5 === "string") {
                      if (func1(data5) < 1) {
                        const err17 = { instancePath: instancePath + "/severities/" + i0 + "/action", schemaPath: "#/properties/severities/items/properties/action/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema99.properties.severities.items.properties.action, data: data5 };
                        if (vErrors === null) {
                          vErrors = [err17];
                        } else {
                          vErrors.push(err17);
                        }
                        errors++;
                      }
                    } else {
                      const err18 = { instancePath: instancePath + "/severities/" + i0 + "/action", schemaPath: "#/properties/severities/items/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema99.properties.severities.items.properties.action.type, parentSchema: schema99.properties.severities.items.properties.action, data: data5 };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                  }
                  if (data1.incident !== void 0) {
                    let data6 = data1.incident;
                    if (typeof data6 !== "boolean") {
                      const err19 = { instancePath: instancePath + "/severities/" + i0 + "/incident", schemaPath: "#/properties/severities/items/properties/incident/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema99.properties.severities.items.properties.incident.type, parentSchema: schema99.properties.severities.items.properties.incident, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err20 = { instancePath: instancePath + "/severities/" + i0, schemaPath: "#/properties/severities/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema99.properties.severities.items.type, parentSchema: schema99.properties.severities.items, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
            } else {
              const err21 = { instancePath: instancePath + "/severities", schemaPath: "#/properties/severities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema99.properties.severities.type, parentSchema: schema99.properties.severities, data: data0 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        } else {
          const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema99.type, parentSchema: schema99, data };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        validate45.errors = vErrors;
        return errors === 0;
      }
      validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      exports2["swap.schema.json"] = validate46;
      const schema102 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://oncall-as-code.dev/schemas/swap.schema.json", "title": "Shift swap (oncall/swaps/<date>-<schedule>-<relieved>.yaml)", "description": "One engineer covers part or all of another's shift on one schedule. It becomes a PagerDuty override for exactly that period.", "type": "object", "additionalProperties": false, "required": ["schedule", "start", "relieved", "covering", "reason"], "properties": { "schedule": { "$ref": "common.schema.json#/$defs/id", "description": "The schedule in rotations.yaml whose shift is swapped." }, "start": { "$ref": "common.schema.json#/$defs/instant", "description": "When the covering engineer takes over: a date and time with its UTC offset (Z or +hh:mm)." }, "end": { "$ref": "common.schema.json#/$defs/instant", "description": "When the shift returns to the schedule. Omit it to cover the rest of the relieved engineer's shift that contains start." }, "relieved": { "$ref": "common.schema.json#/$defs/personRef", "description": "The person who holds the period on the schedule and is relieved of it." }, "covering": { "$ref": "common.schema.json#/$defs/personRef", "description": "The person who is on call instead." }, "reason": { "$ref": "common.schema.json#/$defs/sentence", "minLength": 1, "description": "Why; shown to reviewers and in the team channel." }, "payback": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "The swap that pays this one back, by file name without .yaml (e.g. 2027-01-10-primary-engineer-c): both together are a time trade when in one pay period." } }, "examples": [{ "schedule": "primary", "start": "2026-12-13T10:00:00Z", "relieved": "engineer-a", "covering": "engineer-c", "reason": "Family wedding" }] };
      const schema108 = { "type": "string", "description": "A sentence people read in reviews and the team channel: one line, at most 300 characters, with no control characters.", "maxLength": 300, "pattern": "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$" };
      const pattern48 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
      function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        ;
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate46.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.schedule === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schedule" }, message: "must have required property 'schedule'", schema: schema102.required, parentSchema: schema102, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          if (data.start === void 0) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema102.required, parentSchema: schema102, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (data.relieved === void 0) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "relieved" }, message: "must have required property 'relieved'", schema: schema102.required, parentSchema: schema102, data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (data.covering === void 0) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "covering" }, message: "must have required property 'covering'", schema: schema102.required, parentSchema: schema102, data };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (data.reason === void 0) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema102.required, parentSchema: schema102, data };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "schedule" || key0 === "start" || key0 === "end" || key0 === "relieved" || key0 === "covering" || key0 === "reason" || key0 === "payback")) {
              const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema102, data };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (data.schedule !== void 0) {
            let data0 = data.schedule;
            if (typeof data0 === "string") {
              if (!pattern5.test(data0)) {
                const err6 = { instancePath: instancePath + "/schedule", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema39, data: data0 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            } else {
              const err7 = { instancePath: instancePath + "/schedule", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data0 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
          if (data.start !== void 0) {
            let data1 = data.start;
            if (typeof data1 === "string") {
              if (!formats16.validate(data1)) {
                const err8 = { instancePath: instancePath + "/start", schemaPath: "common.schema.json#/$defs/instant/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema72, data: data1 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            } else {
              const err9 = { instancePath: instancePath + "/start", schemaPath: "common.schema.json#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.type, parentSchema: schema72, data: data1 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
          if (data.end !== void 0) {
            let data2 = data.end;
            if (typeof data2 === "string") {
              if (!formats16.validate(data2)) {
                const err10 = { instancePath: instancePath + "/end", schemaPath: "common.schema.json#/$defs/instant/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema72, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            } else {
              const err11 = { instancePath: instancePath + "/end", schemaPath: "common.schema.json#/$defs/instant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.type, parentSchema: schema72, data: data2 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          if (data.relieved !== void 0) {
            let data3 = data.relieved;
            if (typeof data3 === "string") {
              if (!pattern5.test(data3)) {
                const err12 = { instancePath: instancePath + "/relieved", schemaPath: "common.schema.json#/$defs/personRef/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema46, data: data3 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            } else {
              const err13 = { instancePath: instancePath + "/relieved", schemaPath: "common.schema.json#/$defs/personRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data.covering !== void 0) {
            let data4 = data.covering;
            if (typeof data4 === "string") {
              if (!pattern5.test(data4)) {
                const err14 = { instancePath: instancePath + "/covering", schemaPath: "common.schema.json#/$defs/personRef/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema46, data: data4 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            } else {
              const err15 = { instancePath: instancePath + "/covering", schemaPath: "common.schema.json#/$defs/personRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data4 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
          if (data.reason !== void 0) {
            let data5 = data.reason;
            if (typeof data5 === "string") {
              if (func1(data5) > 300) {
                const err16 = { instancePath: instancePath + "/reason", schemaPath: "common.schema.json#/$defs/sentence/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema108, data: data5 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (!pattern4.test(data5)) {
                const err17 = { instancePath: instancePath + "/reason", schemaPath: "common.schema.json#/$defs/sentence/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$" }, message: 'must match pattern "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"', schema: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$", parentSchema: schema108, data: data5 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            } else {
              const err18 = { instancePath: instancePath + "/reason", schemaPath: "common.schema.json#/$defs/sentence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema108.type, parentSchema: schema108, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (typeof data5 === "string") {
              if (func1(data5) < 1) {
                const err19 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema102.properties.reason, data: data5 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          }
          if (data.payback !== void 0) {
            let data6 = data.payback;
            if (typeof data6 === "string") {
              if (!pattern48.test(data6)) {
                const err20 = { instancePath: instancePath + "/payback", schemaPath: "#/properties/payback/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema102.properties.payback, data: data6 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            } else {
              const err21 = { instancePath: instancePath + "/payback", schemaPath: "#/properties/payback/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.properties.payback.type, parentSchema: schema102.properties.payback, data: data6 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        } else {
          const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema102.type, parentSchema: schema102, data };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        validate46.errors = vErrors;
        return errors === 0;
      }
      validate46.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      exports2["team.schema.json"] = validate47;
      const schema109 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://oncall-as-code.dev/schemas/team.schema.json", "title": "Team roster (oncall/team.yaml)", "description": "Everyone who can be paged or escalated to: contact details, manager and on-call training record.", "type": "object", "additionalProperties": false, "required": ["people"], "properties": { "people": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/person" } } }, "$defs": { "person": { "type": "object", "additionalProperties": false, "required": ["id", "name", "email", "time_zone", "role"], "if": { "not": { "required": ["todo"], "properties": { "todo": { "contains": { "const": "github" } } } } }, "then": { "properties": { "github": true }, "required": ["github"] }, "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "How every other file names this person." }, "name": { "$ref": "common.schema.json#/$defs/name", "minLength": 1, "description": "Full name, as shown to people." }, "github": { "type": "string", "description": "GitHub login: used for swap approvals, review requests and issue assignment.", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "examples": ["edustream-eng-a"] }, "github_id": { "type": "integer", "minimum": 1, "description": "GitHub's numeric user id (GET /users/{login} answers it). Where present, approvals and authorship are matched by it, so a renamed login taken over by someone else cannot consent for this person.", "examples": [583231] }, "email": { "type": "string", "format": "email", "description": "Email address; PagerDuty users are matched on it, case-insensitively." }, "time_zone": { "$ref": "common.schema.json#/$defs/timeZone" }, "role": { "enum": ["engineer", "engineering-manager", "cto"], "description": "engineer takes shifts; engineering-manager and cto are escalation levels 3 and 4." }, "manager": { "$ref": "common.schema.json#/$defs/personRef", "description": "The person id of this person's manager: notified of their swaps." }, "holiday_calendar": { "$ref": "common.schema.json#/$defs/id", "description": "The id of this person's public holidays in compensation.yaml holiday_calendars (default: its holidays). Their on-call hours on those days count as holiday hours; the days are not time off.", "examples": ["germany-berlin"] }, "training": { "$ref": "#/$defs/training" }, "todo": { "type": "array", "uniqueItems": true, "minItems": 1, "description": "What is still to be filled in for this person (e.g. after `oncall pagerduty import`, which cannot read it from PagerDuty). Each is a warning instead of an error until done; until the list is gone, this person cannot consent to a swap.", "items": { "enum": ["github", "manager", "training"] }, "examples": [["github", "manager", "training"]] } } }, "training": { "type": "object", "description": "Dates each training item was completed; a missing item is not done.", "additionalProperties": false, "properties": { "before_first_shift": { "type": "object", "description": "'Before First Shift' in the procedures: all six before anyone takes a shift.", "additionalProperties": false, "properties": { "training_session": { "$ref": "common.schema.json#/$defs/date", "description": "Completed the on-call training session." }, "shadow_shift": { "$ref": "common.schema.json#/$defs/date", "description": "Shadowed one on-call shift." }, "runbook_review": { "$ref": "common.schema.json#/$defs/date", "description": "Reviewed all runbooks." }, "access_verified": { "$ref": "common.schema.json#/$defs/date", "description": "Verified access to PagerDuty, Sentry and servers." }, "alert_test": { "$ref": "common.schema.json#/$defs/date", "description": "Tested alerting to their phone." }, "incident_drill": { "$ref": "common.schema.json#/$defs/date", "description": "Completed an incident response drill." } } }, "quarterly": { "type": "object", "description": "'Quarterly' in the procedures: the date each duty was last done.", "additionalProperties": false, "properties": { "runbook_review": { "$ref": "common.schema.json#/$defs/date", "description": "Runbook review and update." }, "incident_drill": { "$ref": "common.schema.json#/$defs/date", "description": "Incident response drill." }, "access_audit": { "$ref": "common.schema.json#/$defs/date", "description": "Access audit." } } } } } }, "examples": [{ "people": [{ "id": "engineer-a", "name": "Engineer A", "github": "edustream-eng-a", "email": "engineer-a@example.com", "time_zone": "Europe/London", "role": "engineer", "manager": "eng-manager" }] }] };
      const schema110 = { "type": "object", "additionalProperties": false, "required": ["id", "name", "email", "time_zone", "role"], "if": { "not": { "required": ["todo"], "properties": { "todo": { "contains": { "const": "github" } } } } }, "then": { "properties": { "github": true }, "required": ["github"] }, "properties": { "id": { "$ref": "common.schema.json#/$defs/id", "description": "How every other file names this person." }, "name": { "$ref": "common.schema.json#/$defs/name", "minLength": 1, "description": "Full name, as shown to people." }, "github": { "type": "string", "description": "GitHub login: used for swap approvals, review requests and issue assignment.", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "examples": ["edustream-eng-a"] }, "github_id": { "type": "integer", "minimum": 1, "description": "GitHub's numeric user id (GET /users/{login} answers it). Where present, approvals and authorship are matched by it, so a renamed login taken over by someone else cannot consent for this person.", "examples": [583231] }, "email": { "type": "string", "format": "email", "description": "Email address; PagerDuty users are matched on it, case-insensitively." }, "time_zone": { "$ref": "common.schema.json#/$defs/timeZone" }, "role": { "enum": ["engineer", "engineering-manager", "cto"], "description": "engineer takes shifts; engineering-manager and cto are escalation levels 3 and 4." }, "manager": { "$ref": "common.schema.json#/$defs/personRef", "description": "The person id of this person's manager: notified of their swaps." }, "holiday_calendar": { "$ref": "common.schema.json#/$defs/id", "description": "The id of this person's public holidays in compensation.yaml holiday_calendars (default: its holidays). Their on-call hours on those days count as holiday hours; the days are not time off.", "examples": ["germany-berlin"] }, "training": { "$ref": "#/$defs/training" }, "todo": { "type": "array", "uniqueItems": true, "minItems": 1, "description": "What is still to be filled in for this person (e.g. after `oncall pagerduty import`, which cannot read it from PagerDuty). Each is a warning instead of an error until done; until the list is gone, this person cannot consent to a swap.", "items": { "enum": ["github", "manager", "training"] }, "examples": [["github", "manager", "training"]] } } };
      const pattern51 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
      const formats32 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
      const schema116 = { "type": "object", "description": "Dates each training item was completed; a missing item is not done.", "additionalProperties": false, "properties": { "before_first_shift": { "type": "object", "description": "'Before First Shift' in the procedures: all six before anyone takes a shift.", "additionalProperties": false, "properties": { "training_session": { "$ref": "common.schema.json#/$defs/date", "description": "Completed the on-call training session." }, "shadow_shift": { "$ref": "common.schema.json#/$defs/date", "description": "Shadowed one on-call shift." }, "runbook_review": { "$ref": "common.schema.json#/$defs/date", "description": "Reviewed all runbooks." }, "access_verified": { "$ref": "common.schema.json#/$defs/date", "description": "Verified access to PagerDuty, Sentry and servers." }, "alert_test": { "$ref": "common.schema.json#/$defs/date", "description": "Tested alerting to their phone." }, "incident_drill": { "$ref": "common.schema.json#/$defs/date", "description": "Completed an incident response drill." } } }, "quarterly": { "type": "object", "description": "'Quarterly' in the procedures: the date each duty was last done.", "additionalProperties": false, "properties": { "runbook_review": { "$ref": "common.schema.json#/$defs/date", "description": "Runbook review and update." }, "incident_drill": { "$ref": "common.schema.json#/$defs/date", "description": "Incident response drill." }, "access_audit": { "$ref": "common.schema.json#/$defs/date", "description": "Access audit." } } } } };
      function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate49.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          for (const key0 in data) {
            if (!(key0 === "before_first_shift" || key0 === "quarterly")) {
              const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema116, data };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
          }
          if (data.before_first_shift !== void 0) {
            let data0 = data.before_first_shift;
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              for (const key1 in data0) {
                if (!(key1 === "training_session" || key1 === "shadow_shift" || key1 === "runbook_review" || key1 === "access_verified" || key1 === "alert_test" || key1 === "incident_drill")) {
                  const err1 = { instancePath: instancePath + "/before_first_shift", schemaPath: "#/properties/before_first_shift/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema116.properties.before_first_shift, data: data0 };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                }
              }
              if (data0.training_session !== void 0) {
                let data1 = data0.training_session;
                if (typeof data1 === "string") {
                  if (!formats2.validate(data1)) {
                    const err2 = { instancePath: instancePath + "/before_first_shift/training_session", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34, data: data1 };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                  }
                } else {
                  const err3 = { instancePath: instancePath + "/before_first_shift/training_session", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              }
              if (data0.shadow_shift !== void 0) {
                let data2 = data0.shadow_shift;
                if (typeof data2 === "string") {
                  if (!formats2.validate(data2)) {
                    const err4 = { instancePath: instancePath + "/before_first_shift/shadow_shift", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34, data: data2 };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                } else {
                  const err5 = { instancePath: instancePath + "/before_first_shift/shadow_shift", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              }
              if (data0.runbook_review !== void 0) {
                let data3 = data0.runbook_review;
                if (typeof data3 === "string") {
                  if (!formats2.validate(data3)) {
                    const err6 = { instancePath: instancePath + "/before_first_shift/runbook_review", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34, data: data3 };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                } else {
                  const err7 = { instancePath: instancePath + "/before_first_shift/runbook_review", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
              if (data0.access_verified !== void 0) {
                let data4 = data0.access_verified;
                if (typeof data4 === "string") {
                  if (!formats2.validate(data4)) {
                    const err8 = { instancePath: instancePath + "/before_first_shift/access_verified", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                } else {
                  const err9 = { instancePath: instancePath + "/before_first_shift/access_verified", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              if (data0.alert_test !== void 0) {
                let data5 = data0.alert_test;
                if (typeof data5 === "string") {
                  if (!formats2.validate(data5)) {
                    const err10 = { instancePath: instancePath + "/before_first_shift/alert_test", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                } else {
                  const err11 = { instancePath: instancePath + "/before_first_shift/alert_test", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
              if (data0.incident_drill !== void 0) {
                let data6 = data0.incident_drill;
                if (typeof data6 === "string") {
                  if (!formats2.validate(data6)) {
                    const err12 = { instancePath: instancePath + "/before_first_shift/incident_drill", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                } else {
                  const err13 = { instancePath: instancePath + "/before_first_shift/incident_drill", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
            } else {
              const err14 = { instancePath: instancePath + "/before_first_shift", schemaPath: "#/properties/before_first_shift/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema116.properties.before_first_shift.type, parentSchema: schema116.properties.before_first_shift, data: data0 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          if (data.quarterly !== void 0) {
            let data7 = data.quarterly;
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
              for (const key2 in data7) {
                if (!(key2 === "runbook_review" || key2 === "incident_drill" || key2 === "access_audit")) {
                  const err15 = { instancePath: instancePath + "/quarterly", schemaPath: "#/properties/quarterly/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema116.properties.quarterly, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
              if (data7.runbook_review !== void 0) {
                let data8 = data7.runbook_review;
                if (typeof data8 === "string") {
                  if (!formats2.validate(data8)) {
                    const err16 = { instancePath: instancePath + "/quarterly/runbook_review", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                } else {
                  const err17 = { instancePath: instancePath + "/quarterly/runbook_review", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
              if (data7.incident_drill !== void 0) {
                let data9 = data7.incident_drill;
                if (typeof data9 === "string") {
                  if (!formats2.validate(data9)) {
                    const err18 = { instancePath: instancePath + "/quarterly/incident_drill", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                } else {
                  const err19 = { instancePath: instancePath + "/quarterly/incident_drill", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
              if (data7.access_audit !== void 0) {
                let data10 = data7.access_audit;
                if (typeof data10 === "string") {
                  if (!formats2.validate(data10)) {
                    const err20 = { instancePath: instancePath + "/quarterly/access_audit", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                } else {
                  const err21 = { instancePath: instancePath + "/quarterly/access_audit", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
            } else {
              const err22 = { instancePath: instancePath + "/quarterly", schemaPath: "#/properties/quarterly/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema116.properties.quarterly.type, parentSchema: schema116.properties.quarterly, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        } else {
          const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema116.type, parentSchema: schema116, data };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        validate49.errors = vErrors;
        return errors === 0;
      }
      validate49.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate48.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        const _errs1 = errors;
        let valid0 = true;
        const _errs2 = errors;
        const _errs3 = errors;
        const _errs4 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.todo === void 0 && (missing0 = "todo")) {
            const err0 = {};
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          } else {
            if (data.todo !== void 0) {
              let data0 = data.todo;
              if (Array.isArray(data0)) {
                const _errs6 = errors;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs7 = errors;
                  if ("github" !== data0[i0]) {
                    const err1 = {};
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var valid3 = _errs7 === errors;
                  if (valid3) {
                    break;
                  }
                }
                if (!valid3) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                } else {
                  errors = _errs6;
                  if (vErrors !== null) {
                    if (_errs6) {
                      vErrors.length = _errs6;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
            }
          }
        }
        var valid1 = _errs4 === errors;
        if (valid1) {
          const err3 = {};
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        } else {
          errors = _errs3;
          if (vErrors !== null) {
            if (_errs3) {
              vErrors.length = _errs3;
            } else {
              vErrors = null;
            }
          }
        }
        var _valid0 = _errs2 === errors;
        errors = _errs1;
        if (vErrors !== null) {
          if (_errs1) {
            vErrors.length = _errs1;
          } else {
            vErrors = null;
          }
        }
        if (_valid0) {
          const _errs8 = errors;
          if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.github === void 0) {
              const err4 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "github" }, message: "must have required property 'github'", schema: schema110.then.required, parentSchema: schema110.then, data };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          var _valid0 = _errs8 === errors;
          valid0 = _valid0;
          if (valid0) {
            var props0 = {};
            props0.github = true;
          }
        }
        if (!valid0) {
          const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema110.if, parentSchema: schema110, data };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.id === void 0) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema110.required, parentSchema: schema110, data };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (data.name === void 0) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema110.required, parentSchema: schema110, data };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (data.email === void 0) {
            const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "email" }, message: "must have required property 'email'", schema: schema110.required, parentSchema: schema110, data };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (data.time_zone === void 0) {
            const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "time_zone" }, message: "must have required property 'time_zone'", schema: schema110.required, parentSchema: schema110, data };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (data.role === void 0) {
            const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema110.required, parentSchema: schema110, data };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!func15.call(schema110.properties, key0)) {
              const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema110, data };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          if (data.id !== void 0) {
            let data2 = data.id;
            if (typeof data2 === "string") {
              if (!pattern5.test(data2)) {
                const err12 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema39, data: data2 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            } else {
              const err13 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data2 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data.name !== void 0) {
            let data3 = data.name;
            if (typeof data3 === "string") {
              if (func1(data3) > 100) {
                const err14 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema38, data: data3 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (!pattern4.test(data3)) {
                const err15 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$" }, message: 'must match pattern "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"', schema: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$", parentSchema: schema38, data: data3 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            } else {
              const err16 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data3 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (typeof data3 === "string") {
              if (func1(data3) < 1) {
                const err17 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema110.properties.name, data: data3 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          }
          if (data.github !== void 0) {
            let data4 = data.github;
            if (typeof data4 === "string") {
              if (!pattern51.test(data4)) {
                const err18 = { instancePath: instancePath + "/github", schemaPath: "#/properties/github/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema110.properties.github, data: data4 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            } else {
              const err19 = { instancePath: instancePath + "/github", schemaPath: "#/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema110.properties.github.type, parentSchema: schema110.properties.github, data: data4 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          if (data.github_id !== void 0) {
            let data5 = data.github_id;
            if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
              const err20 = { instancePath: instancePath + "/github_id", schemaPath: "#/properties/github_id/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema110.properties.github_id.type, parentSchema: schema110.properties.github_id, data: data5 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (typeof data5 == "number" && isFinite(data5)) {
              if (data5 < 1 || isNaN(data5)) {
                const err21 = { instancePath: instancePath + "/github_id", schemaPath: "#/properties/github_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema110.properties.github_id, data: data5 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          }
          if (data.email !== void 0) {
            let data6 = data.email;
            if (typeof data6 === "string") {
              if (!formats32.test(data6)) {
                const err22 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"', schema: "email", parentSchema: schema110.properties.email, data: data6 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            } else {
              const err23 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema110.properties.email.type, parentSchema: schema110.properties.email, data: data6 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          if (data.time_zone !== void 0) {
            let data7 = data.time_zone;
            if (typeof data7 === "string") {
              if (!formats0.validate(data7)) {
                const err24 = { instancePath: instancePath + "/time_zone", schemaPath: "common.schema.json#/$defs/timeZone/format", keyword: "format", params: { format: "iana-time-zone" }, message: 'must match format "iana-time-zone"', schema: "iana-time-zone", parentSchema: schema33, data: data7 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            } else {
              const err25 = { instancePath: instancePath + "/time_zone", schemaPath: "common.schema.json#/$defs/timeZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data7 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
          if (data.role !== void 0) {
            let data8 = data.role;
            if (!(data8 === "engineer" || data8 === "engineering-manager" || data8 === "cto")) {
              const err26 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/enum", keyword: "enum", params: { allowedValues: schema110.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema110.properties.role.enum, parentSchema: schema110.properties.role, data: data8 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
          if (data.manager !== void 0) {
            let data9 = data.manager;
            if (typeof data9 === "string") {
              if (!pattern5.test(data9)) {
                const err27 = { instancePath: instancePath + "/manager", schemaPath: "common.schema.json#/$defs/personRef/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema46, data: data9 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            } else {
              const err28 = { instancePath: instancePath + "/manager", schemaPath: "common.schema.json#/$defs/personRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data9 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
          if (data.holiday_calendar !== void 0) {
            let data10 = data.holiday_calendar;
            if (typeof data10 === "string") {
              if (!pattern5.test(data10)) {
                const err29 = { instancePath: instancePath + "/holiday_calendar", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema39, data: data10 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            } else {
              const err30 = { instancePath: instancePath + "/holiday_calendar", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data10 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
          if (data.training !== void 0) {
            if (!validate49(data.training, { instancePath: instancePath + "/training", parentData: data, parentDataProperty: "training", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate49.errors : appendErrors(vErrors, validate49.errors);
              errors = vErrors.length;
            }
          }
          if (data.todo !== void 0) {
            let data12 = data.todo;
            if (Array.isArray(data12)) {
              if (data12.length < 1) {
                const err31 = { instancePath: instancePath + "/todo", schemaPath: "#/properties/todo/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema110.properties.todo, data: data12 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              const len1 = data12.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data13 = data12[i1];
                if (!(data13 === "github" || data13 === "manager" || data13 === "training")) {
                  const err32 = { instancePath: instancePath + "/todo/" + i1, schemaPath: "#/properties/todo/items/enum", keyword: "enum", params: { allowedValues: schema110.properties.todo.items.enum }, message: "must be equal to one of the allowed values", schema: schema110.properties.todo.items.enum, parentSchema: schema110.properties.todo.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
              let i2 = data12.length;
              let j0;
              if (i2 > 1) {
                outer0: for (; i2--; ) {
                  for (j0 = i2; j0--; ) {
                    if (func0(data12[i2], data12[j0])) {
                      const err33 = { instancePath: instancePath + "/todo", schemaPath: "#/properties/todo/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema110.properties.todo, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                      break outer0;
                    }
                  }
                }
              }
            } else {
              const err34 = { instancePath: instancePath + "/todo", schemaPath: "#/properties/todo/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema110.properties.todo.type, parentSchema: schema110.properties.todo, data: data12 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
        } else {
          const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema110.type, parentSchema: schema110, data };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        validate48.errors = vErrors;
        return errors === 0;
      }
      validate48.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        ;
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate47.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.people === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "people" }, message: "must have required property 'people'", schema: schema109.required, parentSchema: schema109, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "people")) {
              const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema109, data };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          if (data.people !== void 0) {
            let data0 = data.people;
            if (Array.isArray(data0)) {
              if (data0.length < 1) {
                const err2 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema109.properties.people, data: data0 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                if (!validate48(data0[i0], { instancePath: instancePath + "/people/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate48.errors : appendErrors(vErrors, validate48.errors);
                  errors = vErrors.length;
                }
              }
            } else {
              const err3 = { instancePath: instancePath + "/people", schemaPath: "#/properties/people/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema109.properties.people.type, parentSchema: schema109.properties.people, data: data0 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
        } else {
          const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema109.type, parentSchema: schema109, data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        validate47.errors = vErrors;
        return errors === 0;
      }
      validate47.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      exports2["time-off.schema.json"] = validate52;
      const schema126 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://oncall-as-code.dev/schemas/time-off.schema.json", "title": "Time off (oncall/time-off/<person>.yaml)", "description": "When one person is away and must not be on call. The file is named after the person's id in team.yaml; times are read in that person's time zone.", "type": "object", "additionalProperties": false, "required": ["periods"], "properties": { "periods": { "type": "array", "maxItems": 200, "items": { "type": "object", "additionalProperties": false, "required": ["start", "end", "kind"], "properties": { "start": { "$ref": "#/$defs/when", "description": "The first day off (YYYY-MM-DD, from midnight in the person's zone) or the local date and time the absence begins (YYYY-MM-DDTHH:MM)." }, "end": { "$ref": "#/$defs/when", "description": "The last day off (YYYY-MM-DD, to the following midnight) or the local date and time the person is back (YYYY-MM-DDTHH:MM)." }, "kind": { "enum": ["leave", "public-holiday", "training", "other"], "description": "leave (holiday, sick, parental\u2026), a public holiday of the person's country, training, or other." }, "note": { "$ref": "common.schema.json#/$defs/sentence", "description": "Optional, one line: shown to reviewers." } } } } }, "$defs": { "when": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$" } }, "examples": [{ "periods": [{ "start": "2026-12-24", "end": "2026-12-27", "kind": "leave", "note": "Christmas with family" }, { "start": "2027-02-10T13:00", "end": "2027-02-10T17:00", "kind": "training" }] }] };
      const schema127 = { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$" };
      const pattern54 = new RegExp("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$", "u");
      function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        ;
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate52.evaluated;
        if (evaluated0.dynamicProps) {
          evaluated0.props = void 0;
        }
        if (evaluated0.dynamicItems) {
          evaluated0.items = void 0;
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.periods === void 0) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "periods" }, message: "must have required property 'periods'", schema: schema126.required, parentSchema: schema126, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "periods")) {
              const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema126, data };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          if (data.periods !== void 0) {
            let data0 = data.periods;
            if (Array.isArray(data0)) {
              if (data0.length > 200) {
                const err2 = { instancePath: instancePath + "/periods", schemaPath: "#/properties/periods/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema126.properties.periods, data: data0 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  if (data1.start === void 0) {
                    const err3 = { instancePath: instancePath + "/periods/" + i0, schemaPath: "#/properties/periods/items/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema126.properties.periods.items.required, parentSchema: schema126.properties.periods.items, data: data1 };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                  if (data1.end === void 0) {
                    const err4 = { instancePath: instancePath + "/periods/" + i0, schemaPath: "#/properties/periods/items/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema126.properties.periods.items.required, parentSchema: schema126.properties.periods.items, data: data1 };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                  if (data1.kind === void 0) {
                    const err5 = { instancePath: instancePath + "/periods/" + i0, schemaPath: "#/properties/periods/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema126.properties.periods.items.required, parentSchema: schema126.properties.periods.items, data: data1 };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                  }
                  for (const key1 in data1) {
                    if (!(key1 === "start" || key1 === "end" || key1 === "kind" || key1 === "note")) {
                      const err6 = { instancePath: instancePath + "/periods/" + i0, schemaPath: "#/properties/periods/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema126.properties.periods.items, data: data1 };
                      if (vErrors === null) {
                        vErrors = [err6];
                      } else {
                        vErrors.push(err6);
                      }
                      errors++;
                    }
                  }
                  if (data1.start !== void 0) {
                    let data2 = data1.start;
                    if (typeof data2 === "string") {
                      if (!pattern54.test(data2)) {
                        const err7 = { instancePath: instancePath + "/periods/" + i0 + "/start", schemaPath: "#/$defs/when/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$"', schema: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$", parentSchema: schema127, data: data2 };
                        if (vErrors === null) {
                          vErrors = [err7];
                        } else {
                          vErrors.push(err7);
                        }
                        errors++;
                      }
                    } else {
                      const err8 = { instancePath: instancePath + "/periods/" + i0 + "/start", schemaPath: "#/$defs/when/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema127.type, parentSchema: schema127, data: data2 };
                      if (vErrors === null) {
                        vErrors = [err8];
                      } else {
                        vErrors.push(err8);
                      }
                      errors++;
                    }
                  }
                  if (data1.end !== void 0) {
                    let data3 = data1.end;
                    if (typeof data3 === "string") {
                      if (!pattern54.test(data3)) {
                        const err9 = { instancePath: instancePath + "/periods/" + i0 + "/end", schemaPath: "#/$defs/when/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$"', schema: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$", parentSchema: schema127, data: data3 };
                        if (vErrors === null) {
                          vErrors = [err9];
                        } else {
                          vErrors.push(err9);
                        }
                        errors++;
                      }
                    } else {
                      const err10 = { instancePath: instancePath + "/periods/" + i0 + "/end", schemaPath: "#/$defs/when/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema127.type, parentSchema: schema127, data: data3 };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                  }
                  if (data1.kind !== void 0) {
                    let data4 = data1.kind;
                    if (!(data4 === "leave" || data4 === "public-holiday" || data4 === "training" || data4 === "other")) {
                      const err11 = { instancePath: instancePath + "/periods/" + i0 + "/kind", schemaPath: "#/properties/periods/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema126.properties.periods.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema126.properties.periods.items.properties.kind.enum, parentSchema: schema126.properties.periods.items.properties.kind, data: data4 };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                  }
                  if (data1.note !== void 0) {
                    let data5 = data1.note;
                    if (typeof data5 === "string") {
                      if (func1(data5) > 300) {
                        const err12 = { instancePath: instancePath + "/periods/" + i0 + "/note", schemaPath: "common.schema.json#/$defs/sentence/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema108, data: data5 };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                      if (!pattern4.test(data5)) {
                        const err13 = { instancePath: instancePath + "/periods/" + i0 + "/note", schemaPath: "common.schema.json#/$defs/sentence/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$" }, message: 'must match pattern "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"', schema: "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$", parentSchema: schema108, data: data5 };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    } else {
                      const err14 = { instancePath: instancePath + "/periods/" + i0 + "/note", schemaPath: "common.schema.json#/$defs/sentence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema108.type, parentSchema: schema108, data: data5 };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err15 = { instancePath: instancePath + "/periods/" + i0, schemaPath: "#/properties/periods/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema126.properties.periods.items.type, parentSchema: schema126.properties.periods.items, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
            } else {
              const err16 = { instancePath: instancePath + "/periods", schemaPath: "#/properties/periods/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema126.properties.periods.type, parentSchema: schema126.properties.periods, data: data0 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        } else {
          const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema126.type, parentSchema: schema126, data };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        validate52.errors = vErrors;
        return errors === 0;
      }
      validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
      return exports2;
    };
  }
});
var validators_generated_default = require_validators();

// src/model/wording.ts
function describePath(path) {
  if (path.length === 0) return "the document";
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (!/^[A-Za-z0-9_-]+$/.test(seg)) out += `[${JSON.stringify(seg)}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}
function quoteList(items) {
  return items.map((i) => `"${i}"`).join(", ");
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(word.length / 3));
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : void 0;
}
function distance(a, b) {
  if (a.length > 64 || b.length > 64) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

// src/model/limits.ts
var REASON_MAX = 300;
var ONE_LINE_PATTERN = "^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$";

// src/model/schema.ts
var validators;
function validatorFor(kind) {
  if (!validators) {
    const byFile = validators_generated_default({
      ...import_formats.fullFormats,
      "iana-time-zone": { type: "string", validate: isTimeZone },
      "local-date-time": { type: "string", validate: isLocalDateTime }
    });
    validators = new Map([...KINDS, SWAPS, TIME_OFF, POSTMORTEMS].map((k) => [k.kind, byFile[k.schemaFile]]));
  }
  const v = validators.get(kind);
  if (!v) throw new Error(`no schema for ${kind}`);
  return v;
}
function checkSchema(file, kind, data) {
  const validate = validatorFor(kind);
  if (validate(data)) return [];
  const errors = simplify(validate.errors ?? []);
  return errors.map((e) => toFinding(file, e));
}
function simplify(errors) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of errors) {
    if (e.keyword === "propertyNames") continue;
    if (e.keyword === "if") continue;
    const key = `${e.instancePath}|${e.keyword}|${e.propertyName ?? ""}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function toFinding(file, e) {
  let path = pointerToPath(e.instancePath);
  let key = false;
  const where = describePath(path);
  const desc = e.parentSchema?.description;
  let ruleId = `schema/${e.keyword}`;
  let message;
  switch (e.keyword) {
    case "additionalProperties": {
      const prop = String(e.params.additionalProperty);
      path = [...path, prop];
      key = true;
      const allowed = Object.keys(e.parentSchema.properties ?? {});
      const guess = closest(prop, allowed);
      message = `Unknown property "${prop}" in ${where}` + (guess ? `: did you mean "${guess}"?` : allowed.length ? `. Allowed here: ${quoteList(allowed)}.` : ".") + " Remove it or correct its name.";
      ruleId = "schema/unknown-property";
      break;
    }
    case "required": {
      const prop = e.params.missingProperty;
      message = `${where} is missing the required property "${prop}". Add it.`;
      break;
    }
    case "type": {
      const expected = e.params.type;
      message = `${where} must be ${article(expected)}, not ${describeValue(e.data)}.`;
      break;
    }
    case "enum": {
      const allowed = e.params.allowedValues.map(String);
      const guess = typeof e.data === "string" ? closest(e.data, allowed) : void 0;
      message = `${where} is ${describeValue(e.data)}; it must be one of ${quoteList(allowed)}.` + (guess ? ` Did you mean "${guess}"?` : "");
      break;
    }
    case "format":
      message = formatMessage(where, e);
      break;
    case "pattern":
      if (e.schema === ONE_LINE_PATTERN && typeof e.data === "string") {
        message = `${where} holds ${controlAt(e.data)}. Write it on one line of plain text.`;
      } else if (e.propertyName !== void 0) {
        path = [...path, e.propertyName];
        key = true;
        message = `The key "${e.propertyName}" in ${where} is not a valid name.` + (desc ? ` ${desc}` : "");
      } else {
        message = `${where} is ${describeValue(e.data)}, which is not valid.` + (desc ? ` ${desc}` : "");
      }
      break;
    case "minItems":
      message = `${where} needs at least ${e.params.limit} item(s).`;
      break;
    case "maxItems":
      message = `${where} may have at most ${e.params.limit} items.`;
      break;
    case "minProperties":
    case "maxProperties": {
      const props = Object.keys(e.parentSchema.properties ?? {});
      const limit = e.params.limit;
      message = limit === 1 && e.parentSchema.maxProperties === 1 ? `${where} must set exactly one of ${quoteList(props)}.` : `${where} must have ${e.keyword === "minProperties" ? "at least" : "at most"} ${limit} entr${limit === 1 ? "y" : "ies"}.`;
      break;
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      message = `${where} is ${describeValue(e.data)}; it ${e.message ?? "is out of range"}.`;
      break;
    case "minLength":
      message = `${where} must not be empty.`;
      break;
    case "maxLength": {
      const limit = e.params.limit;
      const length = typeof e.data === "string" ? [...e.data].length : 0;
      message = `${where} is ${length} characters long; at most ${limit} are allowed. Shorten it.`;
      break;
    }
    case "uniqueItems":
      message = `${where} lists the same value twice (items ${e.params.j + 1} and ${e.params.i + 1}). Remove the repeat.`;
      break;
    default:
      message = `${where} ${e.message ?? "is invalid"}.`;
  }
  const span = locate(file, path, { key });
  return { ruleId, severity: "error", message, file: file.path, ...span };
}
function formatMessage(where, e) {
  const format = e.params.format;
  const value = describeValue(e.data);
  switch (format) {
    case "date":
      return `${where} is ${value}, which is not a real calendar date. Write YYYY-MM-DD, e.g. 2026-01-04.`;
    case "iana-time-zone":
      return `${where} is ${value}, which is not an IANA time zone. Use a name such as Etc/UTC, Europe/London or America/New_York, spelt exactly.`;
    case "local-date-time":
      return `${where} is ${value}, which is not a real date and time. Write YYYY-MM-DDTHH:MM, e.g. 2026-01-04T10:00.`;
    case "date-time":
      return `${where} is ${value}, which is not an instant. Write the date, time and UTC offset, e.g. 2026-12-13T10:00:00Z.`;
    case "email":
      return `${where} is ${value}, which is not an email address.`;
    case "uri":
      return `${where} is ${value}, which is not an absolute URL. Write it with its scheme, e.g. https://\u2026.`;
    default:
      return `${where} is ${value}, which is not a valid ${format}.`;
  }
}
function article(type) {
  const t = Array.isArray(type) ? type.join(" or ") : type;
  const names = {
    object: "a mapping (key: value)",
    array: "a list",
    string: "text",
    integer: "a whole number",
    number: "a number",
    boolean: "true or false"
  };
  return names[t] ?? `a ${t}`;
}
function controlAt(text) {
  const chars = [...text];
  const i = chars.findIndex((c2) => !new RegExp(ONE_LINE_PATTERN, "u").test(c2));
  const c = chars[i] ?? "";
  const code = `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  const what = c === "\n" || c === "\r" ? "a line break" : c === "	" ? "a tab" : `the invisible character ${code}`;
  return `${what} at character ${i + 1}`;
}
function describeValue(v) {
  if (v === null) return "empty";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  return String(v);
}

export {
  isTimeZone,
  parseLocalDateTime,
  clockMinutes,
  zoned,
  instantMs,
  isoUtc,
  HOUR_MS,
  DAY_MS,
  WEEK_MS,
  wallClockSeries,
  closest,
  REASON_MAX,
  validatorFor,
  checkSchema
};
