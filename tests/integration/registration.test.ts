import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/login";
import { updateSettings } from "@/lib/settings";
import { approveUser } from "@/lib/users/commands";
import { registerUser } from "@/lib/users/self-service";
import { actorOf, makeDepartment, makeUser, rejects, reload, setManager, unique, uniqueIp } from "./helpers";

const form = (departmentId: string, extra: Record<string, unknown> = {}) => {
  const username = unique("newbie_");
  return { username, name: "New Person", email: `${username}@example.com`, password: "Fresh-start-42", passwordConfirm: "Fresh-start-42", departmentId, ...extra };
};

describe("self-registration", () => {
  it("creates an unapproved member who cannot sign in until approved", async () => {
    const dept = await makeDepartment();
    const input = form(dept.id, { telegramHandle: "@new_person" });
    const registered = await registerUser(input, uniqueIp());
    expect(registered).toMatchObject({ username: input.username, isApproved: false });
    expect(await reload(registered.id)).toMatchObject({ role: "member", isApproved: false, departmentId: dept.id, telegramHandle: "new_person" });
    expect((await rejects(authenticate({ username: input.username, password: input.password }, uniqueIp()), "forbidden")).message).toMatch(/pending approval/);
  });

  it("requires a department", async () => {
    const error = await rejects(registerUser(form(undefined as never), uniqueIp()), "invalid");
    expect(error.fields?.departmentId).toBeDefined();
  });

  it("refuses a department that does not exist", async () => {
    const error = await rejects(registerUser(form("00000000-0000-4000-8000-000000000000"), uniqueIp()), "invalid");
    expect(error.fields?.departmentId).toEqual(["No such department"]);
  });

  it("refuses mismatched passwords and a password equal to the username, as field errors", async () => {
    const dept = await makeDepartment();
    expect((await rejects(registerUser(form(dept.id, { passwordConfirm: "Other-pass-42" }), uniqueIp()), "invalid")).fields?.passwordConfirm).toEqual(["Passwords do not match"]);
    const same = await rejects(registerUser(form(dept.id, { username: "SameAsPass9", password: "sameaspass9", passwordConfirm: "sameaspass9" }), uniqueIp()), "invalid");
    expect(same.fields?.password).toEqual(["Password cannot be the same as the username"]);
  });

  it("a taken username, in any case, is a field error", async () => {
    const dept = await makeDepartment();
    const taken = await makeUser("member");
    const error = await rejects(registerUser(form(dept.id, { username: taken.username.toUpperCase() }), uniqueIp()), "conflict");
    expect(error.fields?.username).toEqual(["That username is taken"]);
  });

  it("is refused when an admin switches registration off", async () => {
    const admin = await makeUser("admin");
    const dept = await makeDepartment();
    await updateSettings(actorOf(admin), { registrationEnabled: false });
    expect((await rejects(registerUser(form(dept.id), uniqueIp()), "forbidden")).message).toMatch(/switched off/);
    await updateSettings(actorOf(admin), { registrationEnabled: true });
    await expect(registerUser(form(dept.id), uniqueIp())).resolves.toMatchObject({ isApproved: false });
  });
});

describe("approval", () => {
  async function pending() {
    const dept = await makeDepartment();
    const input = form(dept.id);
    const { id } = await registerUser(input, uniqueIp());
    return { dept, id, input, signIn: () => authenticate({ username: input.username, password: input.password }, uniqueIp()) };
  }

  it("an admin approves, and the user can then sign in", async () => {
    const admin = await makeUser("admin");
    const p = await pending();
    expect(await approveUser(actorOf(admin), p.id)).toMatchObject({ isApproved: true });
    await expect(p.signIn()).resolves.toMatchObject({ id: p.id, role: "member" });
    expect((await reload(p.id)).approvedById).toBe(admin.id);
  });

  it("the department's named manager approves", async () => {
    const p = await pending();
    const manager = await makeUser("manager");
    await setManager(p.dept.id, manager.id);
    await approveUser(actorOf(manager), p.id);
    await expect(p.signIn()).resolves.toMatchObject({ id: p.id });
  });

  it("a manager who belongs to the department approves", async () => {
    const p = await pending();
    const manager = await makeUser("manager", p.dept.id);
    await approveUser(actorOf(manager), p.id);
    await expect(p.signIn()).resolves.toMatchObject({ id: p.id });
  });

  it("a manager of another department gets 403 and the user stays pending", async () => {
    const p = await pending();
    const other = await makeDepartment();
    const manager = await makeUser("manager", other.id);
    await rejects(approveUser(actorOf(manager), p.id), "forbidden");
    expect((await reload(p.id)).isApproved).toBe(false);
    await rejects(p.signIn(), "forbidden");
  });

  it("members cannot approve, even in the same department", async () => {
    const p = await pending();
    const member = await makeUser("member", p.dept.id);
    await rejects(approveUser(actorOf(member), p.id), "forbidden");
  });

  it("approving twice is a conflict", async () => {
    const admin = await makeUser("admin");
    const p = await pending();
    await approveUser(actorOf(admin), p.id);
    await rejects(approveUser(actorOf(admin), p.id), "conflict");
  });
});
