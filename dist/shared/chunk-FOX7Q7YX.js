import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/github/assignees.ts
function assignability(octokit, where) {
  const known = /* @__PURE__ */ new Map();
  return (login) => {
    let answer = known.get(login);
    if (!answer) {
      answer = octokit.rest.issues.checkUserCanBeAssigned({ ...where, assignee: login }).then(
        () => true,
        () => false
      );
      known.set(login, answer);
    }
    return answer;
  };
}

export {
  assignability
};
