import { expect, type Page } from "@playwright/test";

export type FileToAttach = { name: string; mimeType: string; buffer: Buffer };

/** The attachments card on a ticket's page: the list, the file picker, the drop target and the uploads in flight. */
export class AttachmentsCard {
  constructor(readonly page: Page) {}

  readonly root = () => this.page.getByTestId("attachments-card");
  readonly limits = () => this.root().getByTestId("attachment-limits");
  readonly items = () => this.root().getByTestId("attachment-list").getByTestId("attachment");
  readonly item = (name: string) => this.items().filter({ hasText: name });
  readonly downloadLink = (name: string) => this.item(name).getByRole("link", { name, exact: true });
  readonly thumbnail = (name: string) => this.item(name).getByTestId("attachment-thumbnail");
  readonly deleteButton = (name: string) => this.item(name).getByRole("button", { name: /^Delete/ });
  readonly upload = (name: string) => this.root().getByTestId("upload").filter({ hasText: name });
  readonly progressBar = (name: string) => this.root().getByRole("progressbar", { name: `Uploading ${name}` });
  readonly uploadError = (name: string) => this.upload(name).getByTestId("upload-error");

  /** Picks files through the "Attach files" button, as a person would in the system's file dialog. */
  async choose(...files: FileToAttach[]) {
    const chooser = this.page.waitForEvent("filechooser");
    await this.root().getByRole("button", { name: "Attach files" }).click();
    await (await chooser).setFiles(files);
  }

  /** Drags files from the desktop onto the card and lets go. */
  async drop(...files: FileToAttach[]) {
    const transfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.mimeType }));
      return dt;
    }, files.map((f) => ({ name: f.name, mimeType: f.mimeType, bytes: [...f.buffer] })));
    await this.root().dispatchEvent("dragenter", { dataTransfer: transfer });
    await expect(this.root()).toContainText("Drop files to attach them");
    await this.root().dispatchEvent("drop", { dataTransfer: transfer });
  }

  /** Deletes an attachment through its confirmation dialog. */
  async delete(name: string) {
    await this.deleteButton(name).click();
    const dialog = this.page.getByRole("dialog");
    await expect(dialog).toContainText(name);
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
