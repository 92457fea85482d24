import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Jobs" };

export default function JobsPage() {
  return <ComingSoon title="Jobs" description="Field jobs with tasks, technicians and equipment." />;
}
