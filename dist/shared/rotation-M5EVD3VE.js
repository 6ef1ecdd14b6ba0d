import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  landChange,
  refuseBroken,
  runRotationChange
} from "./chunk-GMTQJWMT.js";
import "./chunk-OSZ4JBSJ.js";
import "./chunk-ASW6XEZL.js";
import "./chunk-YKDLSHO4.js";
import "./chunk-PN6AARRH.js";
import "./chunk-JUWO424D.js";
import "./chunk-JDEQIK3C.js";
import "./chunk-UX6G35WG.js";
import "./chunk-4AZCVYM2.js";
import "./chunk-7GEI5QHS.js";
import "./chunk-LBNA22IB.js";
import "./chunk-YI5L3PFJ.js";
import "./chunk-WMNTHIWY.js";
import "./chunk-5N34RSQA.js";
import "./chunk-5AWG3TPM.js";
import "./chunk-EXLADYM2.js";
import "./chunk-ETVPNU4B.js";
import "./chunk-DQA6EP7E.js";
import "./chunk-RWRK4OFQ.js";
import "./chunk-HPB5NIOG.js";
export {
  landChange,
  refuseBroken,
  runRotationChange
};
