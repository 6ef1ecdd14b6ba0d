/** Whether a login may be assigned issues in the repository, asked once per login per run. */
import type { GitHubClient, RepoRef } from './octokit.js';

export function assignability(octokit: GitHubClient, where: RepoRef): (login: string) => Promise<boolean> {
  const known = new Map<string, Promise<boolean>>();
  return (login) => {
    let answer = known.get(login);
    if (!answer) {
      answer = octokit.rest.issues.checkUserCanBeAssigned({ ...where, assignee: login }).then(
        () => true,
        () => false,
      );
      known.set(login, answer);
    }
    return answer;
  };
}
