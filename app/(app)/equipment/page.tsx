import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Equipment" };

export default function EquipmentPage() {
  return <ComingSoon title="Equipment" description="Tools, machines, vehicles and accessories, with usage statistics." />;
}
